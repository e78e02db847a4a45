export type ServiceName = 'postgresql' | 'redis' | 'chromium';
export const CHROMIUM_PATH: string;
export function assumedAbsent(name: ServiceName): boolean;
export function findPostgresBin(): string | null;
export function findRedisServer(): string | null;
export function hasChromium(): boolean;
