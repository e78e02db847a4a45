import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Plain `next build` / `next start` output (no standalone bundle).
  poweredByHeader: false,
  reactStrictMode: true,
  // A product photo (at most 8 MB, decision 0049) goes through the back office's upload action.
  experimental: { serverActions: { bodySizeLimit: '9mb' } },
};

export default nextConfig;
