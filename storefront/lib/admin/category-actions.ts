'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { sectionPath } from './access';
import { AdminCategorySiblingsQuery, AdminCreateCategoryMutation, AdminDeleteCategoryMutation, AdminMoveCategoryMutation, AdminUpdateCategoryMutation } from './category-operations';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The category screen: one catalog mutation each, as the signed-in user. Catalog decides who may (managers)
// and what is allowed (no loops, no deleting a category that still holds something); these only carry the
// answer back to the form. After a change the page is loaded again, so every form shows the new tree.

const categoriesPath = (slug: string) => `${sectionPath(slug, 'products')}/categories`;
const ID_PATTERN = /^[0-9a-f-]{36}$/i;
/** A parent chosen in a form: '' is the top level. */
const parentFrom = (formData: FormData): string | null => (ID_PATTERN.test(text(formData, 'parentId')) ? text(formData, 'parentId') : null);
const fieldFor = (path: string) => (path === 'name' || path === 'parentId' ? path : null);

/** A new category goes last among its siblings. */
export async function createCategoryAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const name = text(formData, 'name');
  if (!name) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { name: t('admin.categories.nameRequired') }, values };
  const parentId = parentFrom(formData);
  const siblings = await adminMutate(slug, categoriesPath(slug), AdminCategorySiblingsQuery, { parentId });
  const position = Math.max(-1, ...(siblings.data?.categories ?? []).map((c) => c.position)) + 1;
  const outcome = outcomeOf(await adminMutate(slug, categoriesPath(slug), AdminCreateCategoryMutation, { input: { name, parentId, position } }), (d) => d.createCategory);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${categoriesPath(slug)}?done=created`);
}

export async function renameCategoryAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const name = text(formData, 'name');
  if (!name) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { name: t('admin.categories.nameRequired') }, values };
  const outcome = outcomeOf(await adminMutate(slug, categoriesPath(slug), AdminUpdateCategoryMutation, { input: { id, name } }), (d) => d.updateCategory);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${categoriesPath(slug)}?done=renamed`);
}

/** "Move" (another parent, last there) and "Move up"/"Move down" (same parent, `position` set by the button). */
export async function moveCategoryAction(slug: string, id: string, position: number | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const outcome = outcomeOf(await adminMutate(slug, categoriesPath(slug), AdminMoveCategoryMutation, { input: { id, parentId: parentFrom(formData), position } }), (d) => d.moveCategory);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${categoriesPath(slug)}?done=moved`);
}

export async function deleteCategoryAction(slug: string, id: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, categoriesPath(slug), AdminDeleteCategoryMutation, { id }), (d) => d.deleteCategory);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${categoriesPath(slug)}?done=deleted`);
}
