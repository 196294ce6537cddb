import { tracingSettingsFrom } from './tracing-settings';

describe('tracingSettingsFrom', () => {
  it('is off when nothing is configured: no SDK, no spans, nothing sent to a default collector', () => {
    expect(tracingSettingsFrom({}, 'appeal')).toBeUndefined();
  });

  it('exports by OTLP once an endpoint is set, named after the process unless OTEL_SERVICE_NAME says', () => {
    expect(
      tracingSettingsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, 'appeal'),
    ).toEqual({ serviceName: 'appeal', exporters: ['otlp'] });
    expect(
      tracingSettingsFrom(
        {
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces',
          OTEL_SERVICE_NAME: 'appeal-eu',
        },
        'appeal',
      ),
    ).toEqual({ serviceName: 'appeal-eu', exporters: ['otlp'] });
  });

  it('follows OTEL_TRACES_EXPORTER, and none or OTEL_SDK_DISABLED win over an endpoint', () => {
    expect(tracingSettingsFrom({ OTEL_TRACES_EXPORTER: 'console, otlp' }, 'grid')).toEqual({
      serviceName: 'grid',
      exporters: ['console', 'otlp'],
    });
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(
      tracingSettingsFrom({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }, 'grid'),
    ).toBeUndefined();
    expect(tracingSettingsFrom({ ...endpoint, OTEL_SDK_DISABLED: 'true' }, 'grid')).toBeUndefined();
  });

  it('names an exporter it cannot make rather than starting without traces', () => {
    expect(() => tracingSettingsFrom({ OTEL_TRACES_EXPORTER: 'zipkin' }, 'grid')).toThrow(
      /OTEL_TRACES_EXPORTER names zipkin/,
    );
  });
});
