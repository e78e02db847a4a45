/** The httpOnly cookie holding, for 10 minutes, the number a sign-in code was texted to (one per shop). */
export const phoneCookieName = (slug: string) => `ww_phone_${slug}`;
