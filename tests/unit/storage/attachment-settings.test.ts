import { beforeEach, describe, expect, it } from 'vitest';
import { getAttachmentSettings, openEvidenceDb, setAttachmentSettings, type EvidenceDb } from '../../../src/storage';
import { attachmentSettingsProblem } from '../../../src/storage/settings/settings';

let db: EvidenceDb;

beforeEach(() => {
  db = openEvidenceDb(`test-${Math.random()}`);
});

describe('attachment settings', () => {
  it('default to saving files up to 25 MB when none are stored', async () => {
    expect(await getAttachmentSettings(db)).toEqual({ saveFiles: true, maxMegabytes: 25 });
  });

  it('are stored and read back', async () => {
    expect(await setAttachmentSettings(db, { saveFiles: false, maxMegabytes: 500 })).toEqual({ saveFiles: false, maxMegabytes: 500 });
    expect(await getAttachmentSettings(db)).toEqual({ saveFiles: false, maxMegabytes: 500 });
    await setAttachmentSettings(db, { saveFiles: true, maxMegabytes: 1 });
    expect(await getAttachmentSettings(db)).toEqual({ saveFiles: true, maxMegabytes: 1 });
  });

  it.each([[0], [501], [-5], [2.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuse a limit of %s MB in plain words and store nothing', async (maxMegabytes) => {
    await expect(setAttachmentSettings(db, { saveFiles: true, maxMegabytes })).rejects.toThrow('Enter a whole number of megabytes from 1 to 500.');
    expect(await db.settings.count()).toBe(0);
  });

  it('refuse a saveFiles that is not true or false', () => {
    expect(attachmentSettingsProblem({ saveFiles: 'yes' as unknown as boolean, maxMegabytes: 25 })).toBe('Choose whether to save attachment files.');
  });

  it('fall back to the defaults when the stored row is damaged', async () => {
    await db.settings.put({ key: 'attachments', saveFiles: true, maxMegabytes: 9999 });
    expect(await getAttachmentSettings(db)).toEqual({ saveFiles: true, maxMegabytes: 25 });
  });

  it('drop fields that are not settings', async () => {
    await setAttachmentSettings(db, { saveFiles: true, maxMegabytes: 10, extra: 'x' } as never);
    expect(await db.settings.get('attachments')).toEqual({ key: 'attachments', saveFiles: true, maxMegabytes: 10 });
  });
});
