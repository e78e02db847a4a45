'use server';

import { redirect } from 'next/navigation';
import { clientIpProof, CLIENT_IP_HEADER } from '../client-ip';
import { gatewayUrl } from '../config';
import { forwardedFor } from '../request';
import { adminBase } from './access';
import type { FormState } from './form-state';
import { mt, type MediaMessageKey } from './media-messages';
import { AdminAddMediaMutation } from './product-operations';
import { actionToken, adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;
const MAX_BYTES = 8 * 1024 * 1024;
/** The gateway's refusals of `POST /media/uploads` (decision 0049), in our words. */
const MESSAGE_OF: Record<string, MediaMessageKey> = { PAYLOAD_TOO_LARGE: 'upload.tooLarge', UNSUPPORTED_MEDIA_TYPE: 'upload.unsupported', FORBIDDEN: 'upload.forbidden' };

/**
 * Upload a photo from the product page (a phone's camera or gallery) to the gateway as the signed-in user,
 * then attach the stored upload to the product; on success, back to the product.
 */
export async function uploadMediaAction(slug: string, productId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!ID_PATTERN.test(productId)) throw new Error('invalid id');
  const path = `${adminBase(slug)}/products/${productId}`;
  const values = formValues(formData);
  const photo = formData.get('photo');
  const fail = (key: MediaMessageKey): FormState => ({ status: 'error', message: mt(key), fieldErrors: { photo: mt(key) }, values });
  if (!(photo instanceof Blob) || photo.size === 0) return fail('upload.missing');
  if (photo.size > MAX_BYTES) return fail('upload.tooLarge');

  const token = await actionToken(slug, path);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' };
  const ip = await forwardedFor();
  const proof = ip ? clientIpProof(ip) : null;
  if (proof) headers[CLIENT_IP_HEADER] = proof;
  let uploaded: { url: string } | null = null;
  try {
    const res = await fetch(`${gatewayUrl().replace(/\/graphql$/, '')}/media/uploads`, { method: 'POST', headers, body: new Uint8Array(await photo.arrayBuffer()), signal: AbortSignal.timeout(60_000) });
    const body = (await res.json().catch(() => null)) as { url?: string; errors?: { extensions?: { code?: string } }[] } | null;
    if (res.status !== 201 || !body?.url) return fail(MESSAGE_OF[String(body?.errors?.[0]?.extensions?.code)] ?? 'upload.failed');
    uploaded = { url: body.url };
  } catch {
    return fail('upload.failed');
  }

  const alt = text(formData, 'alt');
  const result = await adminMutate(slug, path, AdminAddMediaMutation, { productId, input: { url: uploaded.url, ...(alt ? { alt } : {}) } });
  const outcome = outcomeOf(result, (d) => d.addProductMedia);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'alt' ? 'alt' : p === 'url' ? 'photo' : null));
  redirect(`${path}?saved=media`);
}
