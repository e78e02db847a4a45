'use server';

import { redirect } from 'next/navigation';
import { endSession } from '../session';
import { SLUG_PATTERN } from '../slug';
import { adminBase } from './access';

/** Sign out of the tenant (the same session as its storefront) and land on the back office's sign-in. */
export async function adminSignOut(slug: string): Promise<void> {
  if (!SLUG_PATTERN.test(slug)) throw new Error('invalid tenant');
  await endSession(slug);
  redirect(`${adminBase(slug)}/sign-in`);
}
