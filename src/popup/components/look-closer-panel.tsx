import { isLooking, type LookCloserSession, type Sighting } from '../../shared/look-closer';
import { sanitizeText } from '../../shared/i18n/sanitize-text';
import type { RunAction } from '../../ui/actions';
import { t, uiLocale } from '../../ui/i18n/t';
import { relativeTime } from '../../ui/text/relative-time';
import { shortenUrl } from '../../ui/text/shorten-url';

function SightingLine({ sighting }: { sighting: Sighting }) {
  const setCookies = sighting.setCookies.map((cookie) =>
    cookie.attributes.length > 0 ? `${cookie.name} (${cookie.attributes.join('; ')})` : cookie.name,
  );
  const details = [
    String(sighting.status),
    ...(sighting.preflight ? [t('popup_look_closer_preflight')] : []),
    ...(sighting.cookieNames.length > 0
      ? [t('popup_look_closer_cookies_sent', [sighting.cookieNames.join(', ')])]
      : []),
    ...(setCookies.length > 0 ? [t('popup_look_closer_cookies_set', [setCookies.join(', ')])] : []),
  ];
  return (
    <li data-sighting={sighting.preflight ? 'preflight' : 'response'}>
      <code class="url" title={sanitizeText(sighting.url, 2000)}>
        {sanitizeText(sighting.method, 20)} {shortenUrl(sighting.url)}
      </code>{' '}
      <span class="meta">{sanitizeText(details.join(' · '), 2000)}</span>
    </li>
  );
}

/**
 * "Look closer" (Chrome): the button, and what the last look on this tab saw. Firefox shows preflights
 * and Cookie headers to the worker anyway, so the panel is not rendered there (`available`).
 */
export function LookCloserPanel({
  session,
  now,
  run,
}: {
  session: LookCloserSession | undefined;
  now: number;
  run: RunAction;
}) {
  const running = isLooking(session, now);
  return (
    <section class="look-closer" data-section="look-closer" data-looking={running ? 'yes' : 'no'}>
      {running ? (
        <p class="meta" role="status">
          {t('popup_look_closer_running')}
        </p>
      ) : (
        <>
          <button type="button" data-action="look-closer" onClick={() => run({ kind: 'look-closer' })}>
            {t('popup_look_closer_button')}
          </button>
          <p class="meta">{t('popup_look_closer_hint')}</p>
        </>
      )}
      {session?.endedAt !== undefined && (
        <div class="look-closer-seen">
          <p class="meta">
            {t('popup_look_closer_done', [relativeTime(session.endedAt, now, uiLocale())])}
            {session.sightings.length === 0 ? ` ${t('popup_look_closer_nothing')}` : ''}
          </p>
          {session.sightings.length > 0 && (
            <ul>
              {session.sightings.map((sighting, index) => (
                <SightingLine key={index} sighting={sighting} />
              ))}
              {session.moreSightings > 0 && (
                <li class="meta">{t('popup_look_closer_more', [session.moreSightings])}</li>
              )}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
