/**
 * The Privacy screen: status (passphrase, retention, pseudonymised mode, minimum group size), people with
 * their consent records and objections, and per person access/portability export, rectification with a
 * reason, erasure with typed confirmation and employee mode; the passphrase, audit retention and the four
 * documents. Everything goes through the privacy API, which writes the audit log.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, PrivacyFileDto, PrivacyPersonDto } from '../../../../shared/api/privacy-dto';
import type { ApiClient } from '../../api/client';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { EmployeeModeGate } from '../employee-mode/EmployeeModeGate';
import './privacy.css';


function download(file: PrivacyFileDto): void {
  const blob = file.contentBase64 !== undefined ? new Blob([Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0))], { type: file.mimeType }) : new Blob([file.content ?? ''], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Runs an API action and keeps its message (ok or error) for a live region. */
function useMessageAction(): { run: (fn: (api: ApiClient) => Promise<unknown>, ok: string | ((result: never) => string)) => Promise<boolean>; message: { ok: boolean; text: string } | null; busy: boolean } {
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const message = action.error ? { ok: false, text: action.error.message } : done !== null ? { ok: true, text: done } : null;
  return {
    message,
    busy: action.busy,
    async run(fn, ok) {
      setDone(null);
      action.clearError();
      let succeeded = false;
      const result = await action.run(async (api) => {
        const r = await fn(api);
        succeeded = true;
        return r;
      });
      if (!succeeded) return false;
      setDone(typeof ok === 'string' ? ok : ok(result as never));
      return true;
    },
  };
}

function Say({ message, testId }: { message: { ok: boolean; text: string } | null; testId: string }) {
  return (
    <p className={message && !message.ok ? 'pv-msg pv-msg--error' : 'pv-msg'} role={message && !message.ok ? 'alert' : 'status'} data-testid={testId}>
      {message?.text ?? ''}
    </p>
  );
}

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id} data-testid={testId}>
      <h2 className="panel__title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="pv-field">
      <label htmlFor={id}>{label}</label> {children(id)}
    </div>
  );
}

export function PrivacyScreen() {
  const { t } = useTranslation();
  const [tick, setTick] = useState(0);
  const refresh = () => setTick((n) => n + 1);
  const status = useLoad((a) => a.invoke('privacy.status', {}), [tick]);
  const [selected, setSelected] = useState<string | null>(null);
  // What the last erasure did, kept here: the person's panel closes with it.
  const [erasedNote, setErasedNote] = useState('');
  const s = status.data;
  return (
    <div className="screen pv-screen" data-testid="screen-privacy">
      <header className="screen__header">
        <h1 className="screen__title">{t('privacyScreen.title')}</h1>
        <p className="screen__lead">{t('privacyScreen.lead')}</p>
      </header>
      {s?.employeeMode ? <LockedOverlay tick={tick} onUnlocked={refresh} /> : null}
      {status.status === 'error' && !s && status.error ? <ErrorBanner what={t('privacyScreen.loadError')} error={status.error} onRetry={status.reload} testId="privacy-load-error" /> : null}
      {!s ? (
        status.status === 'loading' ? <Loading label={t('privacyScreen.loading')} testId="privacy-loading" /> : null
      ) : (
        <Panel title={t('privacyScreen.status.title')} testId="privacy-status">
          <dl className="pv-status">
            <dt>{t('privacyScreen.status.passphrase')}</dt>
            <dd data-testid="status-passphrase">{s.passphraseSet ? t('privacyScreen.status.set') : t('privacyScreen.status.notSet')}</dd>
            <dt>{t('privacyScreen.status.retention')}</dt>
            <dd data-testid="status-retention">{t('privacyScreen.status.months', { n: s.retentionMonths })}</dd>
            <dt>{t('privacyScreen.status.pseudonymised')}</dt>
            <dd>{s.pseudonymised ? t('privacyScreen.status.on') : t('privacyScreen.status.off')}</dd>
            <dt>{t('privacyScreen.status.minGroup')}</dt>
            <dd>{s.minGroupSize}</dd>
            <dt>{t('privacyScreen.status.erasures')}</dt>
            <dd data-testid="status-erasures">{s.erasures}</dd>
            <dt>{t('privacyScreen.status.objections')}</dt>
            <dd>{s.objections}</dd>
            <dt>{t('privacyScreen.status.consents')}</dt>
            <dd>
              {s.consents ? `${s.consents.ageBand} / ${s.consents.gender}` : '–'}
            </dd>
            <dt>{t('privacyScreen.status.backups')}</dt>
            <dd data-testid="status-backups">{s.automaticBackups ? t('privacyScreen.status.backupsValue', { keep: s.automaticBackups.keep, present: s.automaticBackups.present }) : '–'}</dd>
          </dl>
          <p className="panel__note">{t('privacyScreen.status.minGroupNote')}</p>
        </Panel>
      )}
      <People tick={tick} selected={selected} onSelect={setSelected} />
      <p className="pv-msg" role="status" data-testid="erase-result">
        {erasedNote}
      </p>
      {selected ? <PersonRights key={selected} id={selected} onChanged={() => (setErasedNote(''), refresh())} onErased={(note) => (setErasedNote(note), setSelected(null), refresh())} /> : null}
      <PassphrasePanel isSet={s?.passphraseSet ?? false} onChanged={refresh} />
      <RetentionPanel months={s?.retentionMonths ?? 12} onChanged={refresh} />
      {s?.automaticBackups ? <BackupsPanel keep={s.automaticBackups.keep} min={s.automaticBackups.min} max={s.automaticBackups.max} onChanged={refresh} /> : null}
      <DocumentsPanel />
    </div>
  );
}

/** Employee mode entered from here: covers the whole app until unlocked (the shell-level gate does this on every screen). */
function LockedOverlay({ tick, onUnlocked }: { tick: number; onUnlocked: () => void }) {
  return createPortal(
    <div className="pv-locked" role="dialog" aria-modal="true" aria-label="Employee mode">
      <EmployeeModeGate refreshKey={tick} onUnlocked={onUnlocked} />
    </div>,
    document.body,
  );
}

function People({ tick, selected, onSelect }: { tick: number; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const people = useLoad((a) => a.invoke('privacy.people', { search: search || undefined, limit: 50 }), [search, tick]);
  return (
    <Panel title={t('privacyScreen.people.title')}>
      <Field label={t('privacyScreen.people.search')}>{(id) => <input id={id} type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="privacy-search" />}</Field>
      {people.data ? (
        <>
          <p className="panel__note">{t('privacyScreen.people.total', { shown: people.data.people.length, total: people.data.total })}</p>
          {people.data.people.length === 0 ? <p>{t('privacyScreen.people.none')}</p> : null}
          <ul className="pv-people">
            {people.data.people.map((p: PrivacyPersonDto) => (
              <li key={p.id} data-testid="privacy-person">
                <button type="button" className={p.id === selected ? 'button' : 'button button--quiet'} aria-pressed={p.id === selected} onClick={() => onSelect(p.id)} data-testid={`privacy-select-${p.id}`}>
                  {p.id}
                  {p.name ? ` · ${p.name}` : ''}
                </button>{' '}
                <span>{p.department}</span>
                {p.consents.length ? <span> · {t('privacyScreen.people.consented', { fields: p.consents.join(', ') })}</span> : null}
                {p.objection ? <strong> · {t('privacyScreen.people.objects')}</strong> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Panel>
  );
}

const PROFILE_FIELDS = ['department', 'location', 'fte', 'weeklyHours', 'startDate', 'contractType', 'salary', 'name'] as const;

function PersonRights({ id, onChanged, onErased }: { id: string; onChanged: () => void; onErased: (note: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'nl' ? 'nl' : 'en';
  const [tick, setTick] = useState(0);
  const consents = useLoad((a) => a.invoke('consent.list', { employeeId: id }), [id, tick]);
  const detail = useLoad((a) => a.invoke('employees.get', { id, lang }), [id, tick, lang]);
  const act = useMessageAction();
  const changed = () => (setTick((n) => n + 1), onChanged());
  const [field, setField] = useState<'ageBand' | 'gender'>('ageBand');
  const [value, setValue] = useState('25-34');
  const [reason, setReason] = useState('');
  const [rectField, setRectField] = useState<(typeof PROFILE_FIELDS)[number] | 'skill'>('department');
  const [rectValue, setRectValue] = useState('');
  const [skillId, setSkillId] = useState('');
  const [rectReason, setRectReason] = useState('');
  const [confirm, setConfirm] = useState('');
  const objection = detail.data?.employee.objection ?? null;
  const values = field === 'ageBand' ? ['<25', '25-34', '35-44', '45-54', '55+'] : ['female', 'male', 'other'];

  const rectify = (e: FormEvent) => {
    e.preventDefault();
    const input =
      rectField === 'skill'
        ? { employeeId: id, reason: rectReason, skills: [{ skillId, level: rectValue.trim() === '' ? null : Number(rectValue) }] }
        : { employeeId: id, reason: rectReason, profile: { [rectField]: rectField === 'fte' || rectField === 'weeklyHours' || rectField === 'salary' ? (rectValue.trim() === '' ? null : Number(rectValue)) : rectValue } };
    void act.run((a) => a.invoke('privacy.rectify', input as never), t('privacyScreen.person.done')).then((ok) => ok && changed());
  };

  return (
    <Panel title={t('privacyScreen.person.title', { id })} testId="privacy-person-panel">
      <Say message={act.message} testId="privacy-message" />
      <h3>{t('privacyScreen.person.consent')}</h3>
      <p className="panel__note">{t('privacyScreen.person.consentNote')}</p>
      <ul data-testid="consent-records">
        {consents.data?.consents.length ? (
          consents.data.consents.map((c) => (
            <li key={c.field}>
              {t('privacyScreen.person.given', { field: c.field, at: c.givenAt, by: c.recordedBy, purpose: c.purpose })}{' '}
              <button type="button" className="button button--quiet" disabled={act.busy} onClick={() => void act.run((a) => a.invoke('consent.withdraw', { employeeId: id, field: c.field }), t('privacyScreen.person.done')).then((ok) => ok && changed())} data-testid={`consent-withdraw-${c.field}`}>
                {t('privacyScreen.person.withdraw')}
              </button>
            </li>
          ))
        ) : (
          <li>{t('privacyScreen.person.noConsent')}</li>
        )}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act.run((a) => a.invoke('consent.set', { employeeId: id, field, value, purpose: 'fairness-audit' }), t('privacyScreen.person.done')).then((ok) => ok && changed());
        }}
      >
        <Field label={t('privacyScreen.person.field')}>
          {(fid) => (
            <select id={fid} value={field} onChange={(e) => (setField(e.target.value as 'ageBand' | 'gender'), setValue(e.target.value === 'ageBand' ? '25-34' : 'female'))} data-testid="consent-field">
              <option value="ageBand">ageBand</option>
              <option value="gender">gender</option>
            </select>
          )}
        </Field>
        <Field label={t('privacyScreen.person.value')}>
          {(fid) => (
            <select id={fid} value={value} onChange={(e) => setValue(e.target.value)} data-testid="consent-value">
              {values.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={act.busy} data-testid="consent-give">
          {t('privacyScreen.person.give')}
        </button>
      </form>

      <h3>{t('privacyScreen.person.objection')}</h3>
      <p data-testid="objection-state">{objection ? t('privacyScreen.person.objectionActive', { since: objection.since, reason: objection.reason }) : t('privacyScreen.person.objectionNone')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act.run((a) => a.invoke(objection ? 'objection.withdraw' : 'objection.set', { employeeId: id, reason }), t('privacyScreen.person.done')).then((ok) => ok && (setReason(''), changed()));
        }}
      >
        <Field label={t('privacyScreen.person.reason')}>{(fid) => <input id={fid} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="objection-reason" />}</Field>
        <button type="submit" className="button" disabled={act.busy} data-testid="objection-submit">
          {objection ? t('privacyScreen.person.withdrawObjection') : t('privacyScreen.person.setObjection')}
        </button>
      </form>

      <h3>{t('privacyScreen.person.access')}</h3>
      <p>
        {(['json', 'pdf'] as const).map((format) => (
          <button key={format} type="button" className="button button--quiet" disabled={act.busy} onClick={() => void act.run(async (a) => download(await a.invoke('privacy.export', { employeeId: id, format, lang })), t('privacyScreen.person.done'))} data-testid={`access-${format}`}>
            {t(`privacyScreen.person.${format}`)}
          </button>
        ))}
      </p>

      <h3>{t('privacyScreen.person.rectify')}</h3>
      <form onSubmit={rectify}>
        <Field label={t('privacyScreen.person.rectifyField')}>
          {(fid) => (
            <select id={fid} value={rectField} onChange={(e) => setRectField(e.target.value as typeof rectField)} data-testid="rectify-field">
              {[...PROFILE_FIELDS, 'skill' as const].map((f) => (
                <option key={f} value={f}>
                  {t(`privacyScreen.fields.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {rectField === 'skill' ? <Field label={t('privacyScreen.person.skill')}>{(fid) => <input id={fid} value={skillId} onChange={(e) => setSkillId(e.target.value)} data-testid="rectify-skill" />}</Field> : null}
        <Field label={rectField === 'skill' ? t('privacyScreen.person.level') : t('privacyScreen.person.newValue')}>{(fid) => <input id={fid} value={rectValue} onChange={(e) => setRectValue(e.target.value)} data-testid="rectify-value" />}</Field>
        <Field label={t('privacyScreen.person.reason')}>{(fid) => <input id={fid} value={rectReason} onChange={(e) => setRectReason(e.target.value)} data-testid="rectify-reason" />}</Field>
        <button type="submit" className="button" disabled={act.busy} data-testid="rectify-submit">
          {t('privacyScreen.person.save')}
        </button>
      </form>

      <h3>{t('privacyScreen.person.employeeMode')}</h3>
      <p className="panel__note">{t('privacyScreen.person.employeeModeNote')}</p>
      <button type="button" className="button button--quiet" disabled={act.busy} onClick={() => void act.run((a) => a.invoke('privacy.enterEmployeeMode', { employeeId: id }), t('privacyScreen.person.done')).then((ok) => ok && onChanged())} data-testid="employee-mode-enter">
        {t('privacyScreen.person.employeeMode')}
      </button>

      <h3>{t('privacyScreen.person.erase')}</h3>
      <p className="panel__note">{t('privacyScreen.person.eraseNote')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          let note = '';
          void act
            .run(
              (a) => a.invoke('privacy.erase', { employeeId: id, confirm: true }),
              (r: { backups: { cleaned: number; removed: number } }) => (note = t('privacyScreen.person.erasedBackups', { id, cleaned: r.backups.cleaned, removed: r.backups.removed })),
            )
            .then((ok) => ok && onErased(note));
        }}
      >
        <Field label={t('privacyScreen.person.confirm', { id })}>{(fid) => <input id={fid} value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" data-testid="erase-confirm" />}</Field>
        <button type="submit" className="button pv-danger" disabled={act.busy || confirm !== id} data-testid="erase-submit">
          {t('privacyScreen.person.eraseButton')}
        </button>
      </form>
    </Panel>
  );
}

function PassphrasePanel({ isSet, onChanged }: { isSet: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const act = useMessageAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  return (
    <Panel title={t('privacyScreen.passphrase.title')}>
      <p className="panel__note">{t('privacyScreen.passphrase.note')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act.run((a) => a.invoke('privacy.setPassphrase', { passphrase: next, ...(isSet ? { current } : {}) }), t('privacyScreen.passphrase.saved')).then((ok) => ok && (setCurrent(''), setNext(''), onChanged()));
        }}
      >
        {isSet ? <Field label={t('privacyScreen.passphrase.current')}>{(id) => <input id={id} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} data-testid="passphrase-current" />}</Field> : null}
        <Field label={t('privacyScreen.passphrase.next')}>{(id) => <input id={id} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} data-testid="passphrase-new" />}</Field>
        <button type="submit" className="button" disabled={act.busy} data-testid="passphrase-save">
          {t('privacyScreen.passphrase.save')}
        </button>
      </form>
      <Say message={act.message} testId="passphrase-message" />
    </Panel>
  );
}

function RetentionPanel({ months, onChanged }: { months: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const act = useMessageAction();
  const [value, setValue] = useState(String(months));
  const [reason, setReason] = useState('');
  return (
    <Panel title={t('privacyScreen.retention.title')}>
      <p className="panel__note">{t('privacyScreen.retention.note')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act.run((a) => a.invoke('privacy.setRetention', { months: Number(value), reason }), t('privacyScreen.person.done')).then((ok) => ok && onChanged());
        }}
      >
        <Field label={t('privacyScreen.retention.months')}>{(id) => <input id={id} type="number" min={6} max={120} value={value} onChange={(e) => setValue(e.target.value)} data-testid="retention-months" />}</Field>
        <Field label={t('privacyScreen.person.reason')}>{(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="retention-reason" />}</Field>
        <button type="submit" className="button" disabled={act.busy} data-testid="retention-save">
          {t('privacyScreen.retention.save')}
        </button>{' '}
        <button
          type="button"
          className="button button--quiet"
          disabled={act.busy}
          onClick={() =>
            void act
              .run((a) => a.invoke('privacy.runRetention', {}), (r: { removed: number; cutoff: string }) => t('privacyScreen.retention.ran', { n: r.removed, cutoff: r.cutoff.slice(0, 10) }))
              .then((ok) => ok && onChanged())
          }
          data-testid="retention-run"
        >
          {t('privacyScreen.retention.run')}
        </button>
      </form>
      <Say message={act.message} testId="retention-message" />
    </Panel>
  );
}

/** How many automatic backups stay beside the database; fewer copies of everyone's data (issue 16.7). */
function BackupsPanel({ keep, min, max, onChanged }: { keep: number; min: number; max: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const act = useMessageAction();
  const [value, setValue] = useState(String(keep));
  return (
    <Panel title={t('privacyScreen.backups.title')}>
      <p className="panel__note">{t('privacyScreen.backups.note')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act.run((a) => a.invoke('privacy.setAutomaticBackups', { keep: Number(value) }), (r: { removed: number }) => t('privacyScreen.backups.saved', { n: r.removed })).then((ok) => ok && onChanged());
        }}
      >
        <Field label={t('privacyScreen.backups.keep')}>{(id) => <input id={id} type="number" min={min} max={max} value={value} onChange={(e) => setValue(e.target.value)} data-testid="backups-keep" />}</Field>
        <button type="submit" className="button" disabled={act.busy} data-testid="backups-save">
          {t('privacyScreen.backups.save')}
        </button>
      </form>
      <Say message={act.message} testId="backups-message" />
    </Panel>
  );
}

const KINDS: DocumentKind[] = ['worker-notice', 'dpia', 'works-council', 'method-card'];

function DocumentsPanel() {
  const { t, i18n } = useTranslation();
  const act = useMessageAction();
  const [what, setWhat] = useState<DocumentKind>('worker-notice');
  const [format, setFormat] = useState<'md' | 'pdf'>('md');
  return (
    <Panel title={t('privacyScreen.docs.title')}>
      <p className="panel__note">{t('privacyScreen.docs.note')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act.run(async (a) => download(await a.invoke('privacy.document', { what, format, lang: i18n.language === 'nl' ? 'nl' : 'en' })), t('privacyScreen.person.done'));
        }}
      >
        <Field label={t('privacyScreen.docs.what')}>
          {(id) => (
            <select id={id} value={what} onChange={(e) => setWhat(e.target.value as DocumentKind)} data-testid="docs-what">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`privacyScreen.docs.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('privacyScreen.docs.format')}>
          {(id) => (
            <select id={id} value={format} onChange={(e) => setFormat(e.target.value as 'md' | 'pdf')} data-testid="docs-format">
              <option value="md">Markdown</option>
              <option value="pdf">PDF</option>
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={act.busy} data-testid="docs-download">
          {t('privacyScreen.docs.download')}
        </button>
      </form>
      <Say message={act.message} testId="docs-message" />
    </Panel>
  );
}
