// A transcript that may be incomplete says so wherever it is read: the JSON (valid against its
// schema), the plain-text rendering, and the bundle's .txt, .html and viewer renderings.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { bundleLabels } from '../../../src/domain/bundle/labels';
import { chatMessagesHtml, transcriptHtml, transcriptText } from '../../../src/domain/bundle/transcript';
import {
  parseTranscript,
  renderTranscriptText,
  serializeTranscript,
  type Transcript,
} from '../../../src/domain/transcript';
import { bundleTranscript } from '../../../src/export/gather';

const schema = JSON.parse(readFileSync(new URL('../../../docs/transcript.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const transcript: Transcript = {
  url: 'https://support.example/chat',
  title: 'Support',
  frameUrl: 'https://support.example/chat',
  widget: 'generic',
  capturedAt: '2026-11-23T09:15:00.000+08:00',
  messages: [
    { role: 'customer', author: '', text: 'My line is down.', observedAt: '2026-11-23T09:15:00.000+08:00' },
    { role: 'agent', author: '', text: '请稍等。', time: '09:14', observedAt: '2026-11-23T09:15:00.000+08:00' },
  ],
  unassigned: [{ text: 'We will call you <b>back</b>', after: 0 }],
};

describe('unassigned lines of a transcript', () => {
  it('serialise after the messages and match the transcript schema', () => {
    const json = serializeTranscript(transcript);
    expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse(json).unassigned).toEqual([{ text: 'We will call you <b>back</b>', after: 0 }]);
    const whole = serializeTranscript({ ...transcript, unassigned: [] });
    expect(validate(JSON.parse(whole))).toBe(true);
    expect(whole).not.toContain('unassigned');
  });

  it('the schema rejects a line without its position', () => {
    const json = JSON.parse(serializeTranscript(transcript));
    json.unassigned[0] = { text: 'x' };
    expect(validate(json)).toBe(false);
  });

  it('appear in the plain text with the message they follow', () => {
    expect(renderTranscriptText(transcript)).toContain(
      'Text not assigned to any message (the capture may be incomplete):\n  [after message 1] We will call you',
    );
  });

  it('are read from the JSON into the bundle and rendered as text, never markup', () => {
    const parsed = bundleTranscript(parseTranscript(serializeTranscript(transcript)), 'generic', '');
    expect(parsed?.unassigned).toEqual(transcript.unassigned);
    const exhibit = {
      evidenceId: 'e',
      exhibit: 2,
      kind: 'transcript' as const,
      capturedAt: transcript.capturedAt,
      url: transcript.url,
      title: transcript.title,
      caption: '',
      files: [],
      ...(parsed ? { transcript: parsed } : {}),
    };
    for (const language of ['en-GB', 'zh-CN'] as const) {
      const labels = bundleLabels(language);
      expect(transcriptText(exhibit, labels)).toContain(`${labels.unassignedAfter(1)}${labels.colon}We will call you`);
      const html = transcriptHtml(exhibit, labels);
      expect(html).toContain(labels.unassigned);
      expect(html).toContain('We will call you &lt;b&gt;back&lt;/b&gt;');
    }
  });

  it('a message without a name shows its role once, not "Agent Agent"', () => {
    const html = chatMessagesHtml(
      [
        { role: 'agent', author: '', text: 'Hi' },
        { role: 'agent', author: 'Wang', text: 'Hello' },
      ],
      bundleLabels('en-GB'),
    );
    expect(html).not.toContain('Agent <span class="role">Agent</span>');
    // Numbered from 1, as a letter cites a quoted message ("E02, message 2").
    expect(html).toContain('<div class="who"><span class="n">1.</span> Agent</div>');
    expect(html).toContain('<div class="who"><span class="n">2.</span> Wang <span class="role">Agent</span></div>');
  });
});
