// A recording the browser's end cut short: the transcript JSON keeps `interrupted`, and the bundle's
// .txt, .html and viewer say so in the case's language, beside the messages saved before.
import { describe, expect, it } from 'vitest';
import type { BundleExhibit, BundleTranscript } from '../../../../src/domain/bundle/input';
import { bundleLabels } from '../../../../src/domain/bundle/labels';
import { interruptedHtml, transcriptHtml, transcriptText } from '../../../../src/domain/bundle/transcript';
import { parseTranscript, serializeTranscript, type Transcript } from '../../../../src/domain/transcript';

const at = '2026-11-23T09:00:00.000+08:00';
const saved = '2026-11-23T09:04:58.000+08:00';
const transcript: BundleTranscript = {
  messages: [{ role: 'agent', author: 'Li', text: 'ok', observedAt: at }],
  recording: { startedAt: at, stoppedAt: saved, interrupted: true },
};
const exhibit = {
  evidenceId: 'e1',
  exhibit: 1,
  kind: 'transcript',
  title: 'Support',
  url: 'https://desk.test/',
  capturedAt: at,
  caption: '',
  transcript,
} as BundleExhibit;

describe('an interrupted recording', () => {
  it('round-trips `interrupted` through the stored JSON, after stoppedAt', () => {
    const t: Transcript = { url: '', title: '', frameUrl: '', widget: 'generic', capturedAt: at, messages: [] };
    const json = serializeTranscript({ ...t, recording: { startedAt: at, stoppedAt: saved, interrupted: true } });
    expect(Object.keys(JSON.parse(json).recording)).toEqual(['startedAt', 'stoppedAt', 'interrupted']);
    expect(parseTranscript(json)?.recording).toEqual({ startedAt: at, stoppedAt: saved, interrupted: true });
    const stopped = serializeTranscript({ ...t, recording: { startedAt: at, stoppedAt: saved } });
    expect(JSON.parse(stopped).recording).toEqual({ startedAt: at, stoppedAt: saved });
  });

  it('is said, with the last save, in the .txt and .html of both languages', () => {
    const en = bundleLabels('en-GB');
    expect(transcriptText(exhibit, en)).toContain(`Recording interrupted: the browser closed while it ran.`);
    expect(transcriptText(exhibit, en)).toContain(saved);
    expect(transcriptHtml(exhibit, bundleLabels('zh-CN'))).toContain(`录制中断：录制过程中浏览器关闭，${saved}`);
  });

  it('adds nothing for a recording the user stopped, or a one-off capture', () => {
    const en = bundleLabels('en-GB');
    expect(interruptedHtml({ ...transcript, recording: { startedAt: at, stoppedAt: saved } }, en)).toBe('');
    expect(interruptedHtml({ messages: [] }, en)).toBe('');
    expect(transcriptText({ ...exhibit, transcript: { messages: [] } }, en)).not.toContain('interrupted');
  });
});
