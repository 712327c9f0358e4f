export type { AssistantLink, AssistantResult } from '@/lib/quotes/types';
