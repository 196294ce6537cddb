/** A logger that writes one readable line per event: time, service, level, message and details. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

function line(service: string, level: string, message: string, details?: Record<string, unknown>): string {
  const time = new Date().toISOString().slice(11, 23);
  const extra = details && Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : '';
  return `${time} ${service.padEnd(10)} ${level.padEnd(5)} ${message}${extra}`;
}

export function createLogger(service: string): Logger {
  return {
    info: (message, details) => console.log(line(service, 'info', message, details)),
    warn: (message, details) => console.warn(line(service, 'warn', message, details)),
    error: (message, details) => console.error(line(service, 'error', message, details)),
  };
}
