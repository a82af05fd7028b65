// The questions the intake left open that would change the result (the assessment's follow_up):
// each asked in plain words, every one needing an answer before the intake goes again, with the
// answers filled in. The new result then replaces this one.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { memberApi, type FollowUp } from '../../api/member';
import type { Account } from '../../session';
import { ChooseOne, YesNoQuestion } from './Choices';
import { Field, focusField } from './Field';
import { firstOpen, followUpKind, withFollowUpAnswers } from './followUp';
import { recallSentIntake, rememberResult, rememberSentIntake } from './lastResult';
import type { YesNo } from './intake';
import { LEG_SIDES, ONSETS } from './intakeWords';
import { offlineWords } from './formErrors';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    weeksHint: 'A whole number of weeks.',
    one: 'One more question',
    few: 'A few more questions',
    answerMarked: 'Please answer the marked question.',
    notSent: (detail: string) => `Your answer was not sent. ${detail}`,
    canChange: 'Your answer can change what we advise. Until you answer, please follow the advice on this page.',
    answerThis: 'Please answer this question.',
    sending: 'Sending…',
    sendOne: 'Send my answer',
    sendMany: 'Send my answers',
    toAnswer: 'To answer, please',
    goThrough: 'go through the questions again',
  },
  es: {
    weeksHint: 'Un número entero de semanas.',
    one: 'Una pregunta más',
    few: 'Unas preguntas más',
    answerMarked: 'Responde a la pregunta marcada, por favor.',
    notSent: (detail: string) => `Tu respuesta no se ha enviado. ${detail}`,
    canChange:
      'Tu respuesta puede cambiar lo que te aconsejamos. Hasta que respondas, sigue, por favor, los consejos de esta página.',
    answerThis: 'Responde a esta pregunta, por favor.',
    sending: 'Enviando…',
    sendOne: 'Enviar mi respuesta',
    sendMany: 'Enviar mis respuestas',
    toAnswer: 'Para responder,',
    goThrough: 'vuelve a pasar por las preguntas',
  },
});

const name = (field: string) => `follow_up.${field}`;

function Question({ item, value, onChange, error }: { item: FollowUp; value: string; onChange: (v: string) => void; error?: string }) {
  const w = useWords(WORDS);
  const kind = followUpKind(item.field);
  if (kind === 'yes_no') return <YesNoQuestion name={name(item.field)} legend={item.question} value={value as YesNo} onChange={onChange} error={error} />;
  if (kind === 'side' || kind === 'onset') {
    const choices = kind === 'side' ? LEG_SIDES : ONSETS;
    return <ChooseOne name={name(item.field)} legend={item.question} choices={choices} value={value} onChange={onChange} error={error} />;
  }
  return <Field name={name(item.field)} label={item.question} hint={w.weeksHint} inputMode="numeric" value={value} onInput={onChange} error={error} />;
}

export function FollowUps({ account, questions, onAnswered }: { account: Account; questions: FollowUp[]; onAnswered: () => void }) {
  const w = useWords(WORDS);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [open, setOpen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const intake = recallSentIntake(account.id);
  const title = questions.length === 1 ? w.one : w.few;

  const send = async (e: Event) => {
    e.preventDefault();
    const first = firstOpen(questions, answers);
    setOpen(first);
    if (first || !intake) {
      setProblem(w.answerMarked);
      focusField(first && name(first));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const again = withFollowUpAnswers(intake, answers);
      const answer = await memberApi.sendIntake(again);
      rememberSentIntake(account.id, again);
      rememberResult(account.id, { assessment: answer.assessment, has_program: answer.program !== undefined, program: answer.program });
      onAnswered();
    } catch (error) {
      setProblem(error instanceof ApiError ? w.notSent(error.detail) : offlineWords());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{title}</h2>
      <p>{w.canChange}</p>
      {intake ? (
        <form onSubmit={send} noValidate>
          {problem && (
            <p class="form-problem" role="alert">
              {problem}
            </p>
          )}
          {questions.map((q) => (
            <Question
              key={q.field}
              item={q}
              value={answers[q.field] ?? ''}
              onChange={(v) => setAnswers({ ...answers, [q.field]: v })}
              error={open === q.field ? w.answerThis : undefined}
            />
          ))}
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? w.sending : questions.length === 1 ? w.sendOne : w.sendMany}
          </button>
        </form>
      ) : (
        <>
          <ul>
            {questions.map((q) => (
              <li key={q.field}>{q.question}</li>
            ))}
          </ul>
          <p>
            {w.toAnswer} <a href="/start">{w.goThrough}</a>.
          </p>
        </>
      )}
    </section>
  );
}
