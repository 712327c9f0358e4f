export type { AlignResult } from '@/lib/documents/aligned-pairs';
