import { useState } from 'preact/hooks';
import { BodyMap } from '../components/BodyMap';
import { BODY_REGIONS } from '../components/bodyRegions';
import { ScreenTitle } from '../components/Screen';
import { useWords, words } from '../i18n';

const WORDS = words({
  en: {
    title: 'Where does it hurt?',
    lead: 'Tap every place where you feel pain. Tap again to undo. You can also use the Tab and Enter keys.',
    chose: 'You chose',
    nothing: 'Nothing yet.',
    preview: 'This is a preview. The questions you answer when you join will use the same map.',
  },
  es: {
    title: '¿Dónde te duele?',
    lead: 'Toca cada sitio donde notes dolor. Vuelve a tocarlo para quitarlo. También puedes usar las teclas Tab e Intro.',
    chose: 'Has elegido',
    nothing: 'Nada todavía.',
    preview: 'Esto es una muestra. Las preguntas que respondas al registrarte usan el mismo mapa.',
  },
});

export function WhereItHurts() {
  const w = useWords(WORDS);
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
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <p class="lead">{w.lead}</p>
      <BodyMap selected={selected} onToggle={toggle} />
      <h2>{w.chose}</h2>
      <div aria-live="polite">
        {chosen.length === 0 ? (
          <p class="quiet">{w.nothing}</p>
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
      <p class="quiet">{w.preview}</p>
    </>
  );
}
