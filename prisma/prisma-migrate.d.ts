// @prisma/migrate is Prisma's internal package and ships no usable type entry; we use a small, pinned part of it.
declare module '@prisma/migrate' {
  export const Migrate: any;
  export type Migrate = any;
  export const SchemaEngineWasm: any;
}
