/** A failure the seller must see, announced to screen readers; nothing when there is none. */
export function ErrorAlert({ error }: { error: string | null | undefined }) {
  return error ? (
    <p class="alert" role="alert">
      {error}
    </p>
  ) : null;
}
