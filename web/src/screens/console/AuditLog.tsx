// The audit viewer: every access to health data, newest page first, with whether the log's
// hash chain still checks out. The server pages by entry number (after, limit); the boxes below
// the page narrow what is already shown. People are shown by name, with their id in small text
// underneath for investigations (the log itself keeps only ids).
import { useState } from 'preact/hooks';
import { consoleApi, type AuditPage, type AuditRow } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { navigate, type Location } from '../../router';
import { useLoad } from '../../useLoad';
import { newerAfter, newestAfter, olderAfter, wholeOr } from './auditPaging';
import { personMatches } from './staffWords';
import { when } from './format';
import { TableScroll } from './TableScroll';

const PAGE_SIZES = [50, 100, 500, 1000];

async function loadPage(after: number | null, limit: number): Promise<{ after: number; page: AuditPage }> {
  if (after !== null) return { after, page: await consoleApi.audit(after, limit) };
  const probe = await consoleApi.audit(0, 1);
  const newest = newestAfter(probe.chain.rows, limit);
  return { after: newest, page: await consoleApi.audit(newest, limit) };
}

const address = (after: number, limit: number) => `/admin/audit?after=${after}&limit=${limit}`;

export function AuditLog({ location }: { location: Location }) {
  const limit = wholeOr(location.query.get('limit'), 100, 1, 1000);
  const afterParam = location.query.get('after');
  const after = afterParam === null ? null : wholeOr(afterParam, 0, 0, Number.MAX_SAFE_INTEGER);
  const load = useLoad(() => loadPage(after, limit), [after, limit]);
  return (
    <>
      <ScreenTitle title="Audit log">Audit log</ScreenTitle>
      <p class="lead">Every time someone reads or changes health data, the log keeps a line. Lines cannot be changed or removed without the check below showing it.</p>
      <PageChoice key={`${after}-${limit}`} after={after} limit={limit} />
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && <Page after={load.value.after} limit={limit} page={load.value.page} />}
    </>
  );
}

function PageChoice({ after, limit }: { after: number | null; limit: number }) {
  const [start, setStart] = useState(after === null ? '' : String(after));
  const [size, setSize] = useState(String(limit));
  const go = (e: Event) => {
    e.preventDefault();
    const n = wholeOr(size, 100, 1, 1000);
    navigate(start.trim() === '' ? `/admin/audit?limit=${n}` : address(wholeOr(start.trim(), 0, 0, Number.MAX_SAFE_INTEGER), n));
  };
  return (
    <form class="filters" onSubmit={go}>
      <label>
        <span>Start after entry number</span>
        <input type="number" min={0} step={1} inputMode="numeric" value={start} placeholder="newest"
          onInput={(e) => setStart((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        <span>Entries per page</span>
        <select value={size} onChange={(e) => setSize((e.target as HTMLSelectElement).value)}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <div class="filter-button">
        <button class="button" type="submit">
          Show
        </button>
      </div>
    </form>
  );
}

function ChainStatus({ chain }: { chain: AuditPage['chain'] }) {
  if (chain.verified) {
    return (
      <p class="notice chain-ok">
        <strong>The log is whole.</strong> All {chain.rows} entries check out: each one carries a fingerprint of the one
        before, and every fingerprint matches.
      </p>
    );
  }
  return (
    <div class="safety" role="alert">
      <h2>The log has been changed</h2>
      <p>
        The fingerprints stop matching at entry {chain.first_broken_seq ?? '?'} of {chain.rows}. Someone changed or
        removed entries outside Motus. Keep the database as it is and restore from a backup to compare.
      </p>
    </div>
  );
}

function Page({ after, limit, page }: { after: number; limit: number; page: AuditPage }) {
  const [member, setMember] = useState('');
  const [role, setRole] = useState('');
  const [action, setAction] = useState('');
  const rows = [...page.entries]
    .reverse()
    .filter((r) => personMatches(member, r.member_name, r.member_id))
    .filter((r) => !role || r.actor_role === role)
    .filter((r) => !action || r.action === action);
  const older = olderAfter(after, limit);
  const newer = newerAfter(after, limit, page.chain.rows);
  const values = (pick: (r: AuditRow) => string | null) => [...new Set(page.entries.map(pick).filter((v): v is string => !!v))].sort();
  return (
    <>
      <ChainStatus chain={page.chain} />
      <p>
        Entries {page.entries.length === 0 ? 'none' : `${page.entries[0].seq} to ${page.entries[page.entries.length - 1].seq}`}{' '}
        of {page.chain.rows}, newest first.
      </p>
      <nav class="secondary-row pager" aria-label="Audit pages">
        {newer !== null && (
          <a class="button quiet-button" href={address(newer, limit)}>
            Newer entries
          </a>
        )}
        {older !== null && (
          <a class="button quiet-button" href={address(older, limit)}>
            Older entries
          </a>
        )}
      </nav>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Narrow this page">
        <label>
          <span>Member name or id</span>
          <input type="search" value={member} onInput={(e) => setMember((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          <span>Who</span>
          <select value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value)}>
            <option value="">Anyone</option>
            {values((r) => r.actor_role).map((v) => (
              <option key={v} value={v}>
                {v.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Action</span>
          <select value={action} onChange={(e) => setAction((e.target as HTMLSelectElement).value)}>
            <option value="">Any</option>
            {values((r) => r.action).map((v) => (
              <option key={v} value={v}>
                {v.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p role="status" class="quiet">
        Showing {rows.length} of {page.entries.length} entries on this page.
      </p>
      <TableScroll label="Audit entries">
        <table class="console-table audit">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Did</th>
              <th scope="col">What</th>
              <th scope="col">About member</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.seq} class={r.outcome === 'allowed' ? undefined : 'refused'}>
                <th scope="row">{r.seq}</th>
                <td>{when(r.at)}</td>
                <td>
                  {r.actor_id ? (
                    <Person name={r.actor_name} id={r.actor_id} role={r.actor_role?.replace(/_/g, ' ')} />
                  ) : (
                    <span class="audit-role">{r.actor_role ? r.actor_role.replace(/_/g, ' ') : 'Motus itself'}</span>
                  )}
                </td>
                <td>{r.action.replace(/_/g, ' ')}</td>
                <td>{r.entity.replace(/_/g, ' ')}</td>
                <td>{r.member_id ? <Person name={r.member_name} id={r.member_id} /> : '–'}</td>
                <td>{r.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** A name (and role) with the id it stands for underneath, small, so it can be copied into a search. */
function Person({ name, id, role }: { name: string | null; id: string; role?: string }) {
  return (
    <span class="audit-person">
      <span>{name ?? 'unknown'}</span>
      {role && <span class="audit-role">{role}</span>}
      <code title={`Account id of ${name ?? 'this person'}`}>{id}</code>
    </span>
  );
}
