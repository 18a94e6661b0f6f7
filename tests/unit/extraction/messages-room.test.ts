// Each fixture page against its reviewed <case>.expected.json (tests/fixtures/messages-room/).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMessagesRoom } from '../../../src/extractors/messages-room';
import type { RoomExtraction } from '../../../src/shared/model';
import { toIsoUtc } from '../../../src/shared/zoned-time';

const DIR = path.join(import.meta.dirname, '../../fixtures/messages-room');

function load(name: string): Document {
  return new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, `${name}.html`), 'utf8'), 'text/html');
}

function expected(name: string): RoomExtraction {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as RoomExtraction;
}

const SHARED_URL =
  'https://www.upwork.com/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418?pageTitle=Dana%20Whitfield&companyReference=1766093125537890304&sidebar=true';

const CASES = [
  ['shared-room', SHARED_URL, 'UTC'],
  [
    'dst-new-york',
    'https://www.upwork.com/ab/messages/rooms/room_dfb334e24dde05b90bf0c27559048712?pageTitle=Ethan%20Brooks&companyReference=1790011223344556677&sidebar=true',
    'America/New_York',
  ],
  ['noisy-continuations', 'https://www.upwork.com/ab/messages/rooms/room_7585c2235d579dabc44ee9b313749d07', 'Asia/Kolkata'],
  ['hostile', 'https://www.upwork.com/ab/messages/rooms/room_42a67d0fd515c6ce5905dbae80f1c4fd?pageTitle=%3Cimg%20src%3Dx%3E', 'UTC'],
] as const;

describe('extractMessagesRoom on fixture pages', () => {
  it.each(CASES)('%s matches its reviewed expectation', (name, url, timeZone) => {
    expect(extractMessagesRoom(load(name), new URL(url), { timeZone })).toEqual(expected(name));
  });

  it('reads the same page the same way twice (stable ids and order)', () => {
    const [name, url, timeZone] = CASES[2];
    const first = extractMessagesRoom(load(name), new URL(url), { timeZone });
    expect(extractMessagesRoom(load(name), new URL(url), { timeZone })).toEqual(first);
  });
});

interface SimplifiedStory {
  storyId: string;
  created: number;
  isSystemStory: number;
  deleted: number;
  message: string;
}

describe('shared room against the page\'s own API JSON', () => {
  const doc = load('shared-room');
  const api = JSON.parse(doc.getElementById('fixture-stories-simplified')!.textContent!) as { stories: SimplifiedStory[] };
  const { messages } = extractMessagesRoom(doc, new URL(SHARED_URL), { timeZone: 'UTC' });
  const headerIds = new Set([...doc.querySelectorAll('[data-test="story-header"]')].map((h) => h.closest('.up-d-story-item')!.id));

  it('has every story once, in the same order', () => {
    expect(messages.map((m) => m.id)).toEqual(api.stories.map((s) => s.storyId));
  });

  it('gives header bubbles the exact created minute (titles read in UTC)', () => {
    const headed = api.stories.filter((s) => headerIds.has(s.storyId));
    expect(headed.length).toBe(14);
    for (const story of headed) {
      expect(messages.find((m) => m.id === story.storyId)!.sentAt).toBe(toIsoUtc(new Date(story.created)));
    }
  });

  it('gives continuation bubbles the run time, at most minutes before created', () => {
    for (const story of api.stories.filter((s) => !headerIds.has(s.storyId))) {
      const sentAt = Date.parse(messages.find((m) => m.id === story.storyId)!.sentAt!);
      expect(story.created - sentAt).toBeGreaterThanOrEqual(0);
      expect(story.created - sentAt).toBeLessThanOrEqual(5 * 60_000);
    }
  });

  it('agrees on system, deleted and message text', () => {
    for (const story of api.stories) {
      const m = messages.find((x) => x.id === story.storyId)!;
      expect(m.kind).toBe(story.isSystemStory ? 'system' : 'message');
      expect(m.deleted).toBe(story.deleted === 1);
      if (!story.isSystemStory) expect(m.text).toBe(story.message);
    }
  });
});
