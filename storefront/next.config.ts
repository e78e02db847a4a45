import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Plain `next build` / `next start` output (no standalone bundle).
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
