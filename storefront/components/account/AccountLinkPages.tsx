import { requestPasswordReset, resendEmailVerification, resetPassword, verifyEmail, type LinkSurface } from '../../lib/account-link-actions';
import { FORGOT_PASSWORD_TEXT, RESEND_VERIFICATION_TEXT, RESET_PASSWORD_TEXT, VERIFY_EMAIL_TEXT } from '../../lib/account-link-text';
import { textFor } from '../../lib/client-text';
import { t } from '../../lib/messages';
import { ForgotPasswordForm, LinkButtonForm, ResetPasswordForm } from './AccountLinkForms';

// The password reset and e-mail verification pages (issue 15, decision 0056), shared by the shop
// (/<s|m>/<slug>/…) and the back office (/admin/<slug>/…). `base` is where the tenant's pages of that
// kind live; the links in the mail open these pages with `?token=`.

interface Where {
  surface: LinkSurface;
  slug: string;
  base: string;
}

/** "Forgot password?": the address to send a reset link to. */
export function ForgotPassword({ surface, slug, base, tenantName }: Where & { tenantName: string }) {
  return (
    <section className="card narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('accountLink.forgot.title')}</h1>
      <p>{t('accountLink.forgot.intro', { name: tenantName })}</p>
      <ForgotPasswordForm action={requestPasswordReset.bind(null, surface, slug)} text={textFor(FORGOT_PASSWORD_TEXT)} />
      <p>
        <a href={`${base}/sign-in`}>{t('accountLink.forgot.back')}</a>
      </p>
    </section>
  );
}

/** The link's page: a new password, twice. Without a token, the way to ask for a link. */
export function ResetPassword({ surface, slug, base, token }: Where & { token: string }) {
  return (
    <section className="card narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('accountLink.reset.title')}</h1>
      {token ? (
        <>
          <p>{t('accountLink.reset.intro')}</p>
          <ResetPasswordForm action={resetPassword.bind(null, surface, slug, token)} text={textFor(RESET_PASSWORD_TEXT)} />
        </>
      ) : (
        <p role="alert" className="alert">
          {t('accountLink.reset.noToken')}
        </p>
      )}
      <p>
        <a href={`${base}/forgot-password`}>{t('accountLink.askAgain')}</a>
      </p>
    </section>
  );
}

/** The verification link's page: one button confirms the address (a mail scanner opening the link does not). */
export function VerifyEmail({ surface, slug, base, token, continueHref }: Where & { token: string; continueHref: string }) {
  const text = textFor(VERIFY_EMAIL_TEXT);
  return (
    <section className="card narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('accountLink.verify.title')}</h1>
      {token ? (
        <>
          <p>{t('accountLink.verify.intro')}</p>
          <LinkButtonForm action={verifyEmail.bind(null, surface, slug, token)} submit={text['accountLink.verify.submit']} submitting={text['accountLink.verify.submitting']} doneHides />
        </>
      ) : (
        <p role="alert" className="alert">
          {t('accountLink.verify.noToken')}
        </p>
      )}
      <p>
        <a href={continueHref || `${base}/`}>{t('accountLink.verify.continue')}</a>
      </p>
    </section>
  );
}

/** The signed-in person's notice while their address is not verified, with "send the link again". */
export function VerifyEmailNotice({ surface, slug, email }: { surface: LinkSurface; slug: string; email: string }) {
  const text = textFor(RESEND_VERIFICATION_TEXT);
  return (
    <section className="card" aria-labelledby="verify-notice-title">
      <h2 id="verify-notice-title">{t('accountLink.verify.title')}</h2>
      <p>{t('accountLink.resend.notice', { email })}</p>
      <LinkButtonForm action={resendEmailVerification.bind(null, surface, slug)} submit={text['accountLink.resend.submit']} submitting={text['accountLink.resend.submitting']} doneHides />
    </section>
  );
}
