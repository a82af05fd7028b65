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

const name = (field: string) => `follow_up.${field}`;

function Question({ item, value, onChange, error }: { item: FollowUp; value: string; onChange: (v: string) => void; error?: string }) {
  const kind = followUpKind(item.field);
  if (kind === 'yes_no') return <YesNoQuestion name={name(item.field)} legend={item.question} value={value as YesNo} onChange={onChange} error={error} />;
  if (kind === 'side' || kind === 'onset') {
    const choices = kind === 'side' ? LEG_SIDES : ONSETS;
    return <ChooseOne name={name(item.field)} legend={item.question} choices={choices} value={value} onChange={onChange} error={error} />;
  }
  return <Field name={name(item.field)} label={item.question} hint="A whole number of weeks." inputMode="numeric" value={value} onInput={onChange} error={error} />;
}

export function FollowUps({ account, questions, onAnswered }: { account: Account; questions: FollowUp[]; onAnswered: () => void }) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [open, setOpen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const intake = recallSentIntake(account.id);
  const title = questions.length === 1 ? 'One more question' : 'A few more questions';

  const send = async (e: Event) => {
    e.preventDefault();
    const first = firstOpen(questions, answers);
    setOpen(first);
    if (first || !intake) {
      setProblem('Please answer the marked question.');
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
      setProblem(error instanceof ApiError ? `Your answer was not sent. ${error.detail}` : 'We could not reach Motus. Check your internet connection and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{title}</h2>
      <p>Your answer can change what we advise. Until you answer, please follow the advice on this page.</p>
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
              error={open === q.field ? 'Please answer this question.' : undefined}
            />
          ))}
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Sending…' : questions.length === 1 ? 'Send my answer' : 'Send my answers'}
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
            To answer, please <a href="/start">go through the questions again</a>.
          </p>
        </>
      )}
    </section>
  );
}
