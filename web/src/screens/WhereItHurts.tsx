import { useState } from 'preact/hooks';
import { BodyMap } from '../components/BodyMap';
import { BODY_REGIONS } from '../components/bodyRegions';
import { ScreenTitle } from '../components/Screen';

export function WhereItHurts() {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const chosen = BODY_REGIONS.filter((r) => selected.has(r.id));
  return (
    <>
      <ScreenTitle title="Where does it hurt?">Where does it hurt?</ScreenTitle>
      <p class="lead">Tap every place where you feel pain. Tap again to undo. You can also use the Tab and Enter keys.</p>
      <BodyMap selected={selected} onToggle={toggle} />
      <h2>You chose</h2>
      <div aria-live="polite">
        {chosen.length === 0 ? (
          <p class="quiet">Nothing yet.</p>
        ) : (
          <ul class="chosen">
            {chosen.map((r) => (
              <li key={r.id}>
                {r.name} <code>{r.id}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p class="quiet">This is a preview. The questions you answer when you join will use the same map.</p>
    </>
  );
}
