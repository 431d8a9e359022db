import { describe, expect, it } from 'vitest';
import type { Finding } from '../../analysis';
import { renderLegend, severitySummary } from './legend';
import { textWidth } from '../../model';
import { themeFor } from './theme';

const theme = themeFor('light');
const finding = (severity: Finding['severity'], message: string, fix: string): Finding => ({
  rule: 'fan-out',
  fingerprint: `fan-out|${message}`,
  question: 'failure',
  severity,
  nodes: [],
  edges: [],
  message,
  fix,
  unknowns: [],
});
const frame = { x: 32, y: 100, width: 500, theme };
const texts = (markup: string) => [...markup.matchAll(/<text [^>]*font-size="([\d.]+)"[^>]*>(.*?)<\/text>/g)].map(([, size, body]) => ({ size: Number(size), body: body!.replace(/<[^>]+>/g, '') }));

describe('renderLegend', () => {
  it('numbers each finding and shows its severity, question, rule, message and fix', () => {
    const { markup } = renderLegend([finding('error', 'First message.', 'First fix.'), finding('info', 'Second message.', 'Second fix.')], frame);
    expect(markup).toContain('>1</text>');
    expect(markup).toContain('>2</text>');
    expect(markup).toContain(`fill="${theme.severity.error}"`);
    expect(markup).toContain('>ERROR</tspan><tspan fill="#6b7280"> · Failure · fan-out</tspan>');
    expect(markup).toContain('>First message.</text>');
    expect(markup).toContain('<tspan font-weight="700">Fix:</tspan> Second fix.</text>');
  });

  it('wraps long messages and fixes to the width', () => {
    const long = 'Kafka Topic can deliver a message more than once: Consumer B and Consumer C can process the same message twice.';
    const { markup } = renderLegend([finding('warning', long, `${long} ${'z'.repeat(120)}`)], frame);
    const lines = texts(markup).filter(({ size }) => size < 14);
    expect(lines.length).toBeGreaterThan(5);
    for (const { size, body } of lines) expect(textWidth(body, { size })).toBeLessThanOrEqual(frame.width - 34);
  });

  it('grows with the findings, and says so when there are none', () => {
    const one = renderLegend([finding('warning', 'm', 'f')], frame);
    const two = renderLegend([finding('warning', 'm', 'f'), finding('warning', 'm', 'f')], frame);
    expect(two.height).toBeGreaterThan(one.height);
    expect(renderLegend([], frame).markup).toContain('none: nothing for the reviewer to flag');
  });
});

describe('severitySummary', () => {
  it('counts each severity present', () => {
    expect(severitySummary([finding('error', '', ''), finding('warning', '', ''), finding('warning', '', '')])).toBe('1 error · 2 warnings');
    expect(severitySummary([])).toBe('');
  });
});
