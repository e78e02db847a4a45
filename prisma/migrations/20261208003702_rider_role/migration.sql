-- AlterEnum
ALTER TYPE "identity"."Role" ADD VALUE 'RIDER';
