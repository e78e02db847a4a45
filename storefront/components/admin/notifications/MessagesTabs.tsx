import type { ReactNode } from 'react';
import { CHANNELS, messagesPath, nlabel, nt } from '../../../lib/admin/notification-messages';
import { Tabs } from '../Tabs';
import './notifications.css';

type MessagesTab = 'log' | 'dead' | 'templates' | 'providers';

/** The Messages section's heading and the links between its pages; the current one marked. */
export function MessagesHeader({ slug, current, title }: { slug: string; current: MessagesTab; title: string }) {
  const tabs = [
    { key: 'log', href: messagesPath(slug), label: nt('tabs.log') },
    { key: 'dead', href: `${messagesPath(slug)}?status=DEAD`, label: nt('tabs.dead') },
    { key: 'templates', href: messagesPath(slug, '/templates'), label: nt('tabs.templates') },
    { key: 'providers', href: messagesPath(slug, '/providers'), label: nt('tabs.providers') },
  ] as const;
  return (
    <>
      <h1>{title}</h1>
      <Tabs label={nt('tabs.label')} tabs={tabs} current={current} />
    </>
  );
}

const DONE = ['retried', 'saved', 'reset', 'provider'];

/** The "done" notice after a form redirected back (`?done=<what>`). */
export function MessagesDoneNotice({ done }: { done: string }) {
  if (!DONE.includes(done)) return null;
  return (
    <p role="status" className="notice-ok">
      {nlabel('done', done)}
    </p>
  );
}

/** A delivery status as a word and a tone (the word carries the meaning; the colour only repeats it). */
export function StatusBadge({ status }: { status: string }) {
  const tone = status === 'DEAD' || status === 'FAILED' ? 'bad' : status === 'SENT' || status === 'DELIVERED' ? 'good' : 'muted';
  return (
    <span className={`badge message-status message-status-${tone}`} data-status={status}>
      {nlabel('status', status)}
    </span>
  );
}

/**
 * The GET filter of the delivery log and the mailbox: any fields of the page's own (`children`), the
 * channel, and a recipient searched by part of an address; "Show all" once anything is chosen.
 */
export function MessageFilter(props: { base: string; label: string; id: string; channel: string | null; recipient: { name: string; label: string; hint: string; value: string | null }; filtered: boolean; children?: ReactNode }) {
  const { base, id, channel, recipient } = props;
  return (
    <form method="get" action={base} className="filter-bar" aria-label={props.label}>
      {props.children}
      <div className="field">
        <label htmlFor={`${id}-channel`}>{nt('filter.channel')}</label>
        <select id={`${id}-channel`} name="channel" defaultValue={channel ?? ''}>
          <option value="">{nt('filter.anyChannel')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {nlabel('channel', c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-${recipient.name}`}>{recipient.label}</label>
        <input id={`${id}-${recipient.name}`} name={recipient.name} type="search" defaultValue={recipient.value ?? ''} autoComplete="off" spellCheck={false} aria-describedby={`${id}-${recipient.name}-hint`} />
        <p id={`${id}-${recipient.name}-hint`} className="hint">
          {recipient.hint}
        </p>
      </div>
      <button type="submit">{nt('filter.submit')}</button>
      {props.filtered && <a href={base}>{nt('filter.clear')}</a>}
    </form>
  );
}
