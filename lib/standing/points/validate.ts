import { ViolationRecord } from '@/lib/shared/schema';

// Records that passed once are not parsed again: the history replay computes the standing
// up to 61 times over the same records. Records are never changed in place (the database
// hands out fresh objects), so an object that was valid stays valid.
const valid = new WeakSet<object>();

/** Splits input into valid records and one message per invalid one, naming the record and the field. */
export const validateRecords = (input: unknown): { records: ViolationRecord[]; errors: string[] } => {
  if (!Array.isArray(input)) return { records: [], errors: ['records: expected an array of violation records'] };
  const records: ViolationRecord[] = [];
  const errors: string[] = [];
  input.forEach((candidate: unknown, index) => {
    if (typeof candidate === 'object' && candidate !== null && valid.has(candidate)) {
      records.push(candidate as ViolationRecord);
      return;
    }
    const parsed = ViolationRecord.safeParse(candidate);
    if (parsed.success) {
      valid.add(candidate as object);
      records.push(candidate as ViolationRecord);
      return;
    }
    const id = typeof candidate === 'object' && candidate !== null && 'id' in candidate ? ` (id ${String(candidate.id)})` : '';
    for (const issue of parsed.error.issues) {
      errors.push(`record ${index}${id}: ${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`);
    }
  });
  return { records, errors };
};
