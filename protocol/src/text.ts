import { Type, type StringOptions } from '@sinclair/typebox';

/**
 * What a one-line name, label or unit may hold: no C0 or C1 control characters (a newline, an
 * escape, a NUL) and well-formed Unicode. Names end up in Home Assistant's device registry, in
 * log lines and in CSV headers, where a control character forges lines or breaks the file. Ajv
 * matches with the `u` flag, where a surrogate range only matches a lone surrogate.
 */
export const ONE_LINE_PATTERN = '^[^\\x00-\\x1f\\x7f-\\x9f\\ud800-\\udfff]*$';

/**
 * A one-line text field (a name, a label, a unit): bounded length, no control characters. The
 * pattern is a single character class, so it runs in linear time on any input.
 */
export const OneLine = (options: StringOptions & { maxLength: number }) =>
  Type.String({ ...options, pattern: ONE_LINE_PATTERN });
