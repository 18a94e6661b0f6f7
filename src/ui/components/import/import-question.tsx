// The plain question asked before an unsigned or format 1 bundle is imported: its origin cannot
// be checked, so the user decides. Focus goes to the safe answer.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../translate';

interface ImportQuestionProps {
  text: string;
  onAnswer: (yes: boolean) => void;
}

export function ImportQuestion({ text, onAnswer }: ImportQuestionProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="import-question" role="alertdialog" aria-labelledby="import-question-text">
      <p id="import-question-text">{text}</p>
      <div class="export-actions">
        <button type="button" ref={cancel} onClick={() => onAnswer(false)}>
          {t('import_cancel', 'Cancel import')}
        </button>
        <button type="button" onClick={() => onAnswer(true)}>
          {t('import_anyway', 'Import anyway')}
        </button>
      </div>
    </div>
  );
}
