import { ViolationRecord } from '@/lib/schema';

/** Splits input into valid records and one message per invalid one, naming the record and the field. */
export const validateRecords = (input: unknown): { records: ViolationRecord[]; errors: string[] } => {
  if (!Array.isArray(input)) return { records: [], errors: ['records: expected an array of violation records'] };
  const records: ViolationRecord[] = [];
  const errors: string[] = [];
  input.forEach((candidate: unknown, index) => {
    const parsed = ViolationRecord.safeParse(candidate);
    if (parsed.success) {
      records.push(parsed.data);
      return;
    }
    const id = typeof candidate === 'object' && candidate !== null && 'id' in candidate ? ` (id ${String(candidate.id)})` : '';
    for (const issue of parsed.error.issues) {
      errors.push(`record ${index}${id}: ${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`);
    }
  });
  return { records, errors };
};
