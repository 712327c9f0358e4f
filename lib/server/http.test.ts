import { describe, expect, it } from 'vitest';
import { failure, ok } from '../contract/result';
import { errorResponse, respond } from './http';

describe('results as HTTP responses', () => {
  it.each([
    [failure('glossary-invalid', { field: 'definition', lang: 'ar', issue: 'too_long', max: 5000 }), 400],
    [failure('forbidden', { action: 'glossary.edit', role: 'viewer' }), 403],
    [failure('glossary-concept-not-found', { id: 'c-مقاومة' }), 404],
    [failure('file-too-large', { limit: 20971520 }), 413],
    [failure('internal'), 500],
  ])('%j -> %i with { error, params }', async (result, status) => {
    const res = respond(result);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error: result.code, params: result.params });
  });

  it('carries the stored state of a version conflict', async () => {
    const res = respond(failure('glossary-version-conflict', { id: 'x', version: 2 }, { id: 'x', version: 2, terms: [] }));
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: 'glossary-version-conflict', params: { id: 'x', version: 2 }, current: { id: 'x', version: 2, terms: [] } });
  });

  it('presents a success as JSON by default, or as the caller builds it', async () => {
    expect(await respond(ok({ hits: [] })).json()).toEqual({ hits: [] });
    const created = respond(ok({ id: 'c-1' }), (v) => Response.json({ concept: v }, { status: 201 }));
    expect(created.status).toBe(201);
    expect((await errorResponse('invalid-input', { field: 'format' })).status).toBe(400);
  });
});
