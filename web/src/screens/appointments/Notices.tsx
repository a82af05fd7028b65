// What an appointment screen says after an action: done (a status) or refused (an alert).
export function Notices({ said, error }: { said: string; error: string }) {
  return (
    <>
      {said && (
        <p class="saved" role="status">
          {said}
        </p>
      )}
      {error && (
        <p class="failure" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
