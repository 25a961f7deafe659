// Typechecks a project's tsconfig.json in this process with the TypeScript API. A Typechecker keeps its last
// program: the next check re-reads only changed files and re-checks only the files a change can affect.
import { join, relative } from 'node:path';
import type * as TS from 'typescript';
import { ts } from './commonjs.js';

export interface TypecheckResult {
  ok: boolean;
  /** The check was stopped (a Ctrl-C mid-run) before it finished: neither a pass nor errors. */
  stopped: boolean;
  /** One entry per diagnostic, `file:line:col error TSnnnn: message` (the message whole), src/ first; files relative to the project. */
  errors: string[];
}

export interface CheckOptions {
  /** Asked between files: true stops the check, which then reports `stopped`. */
  shouldStop?: () => boolean;
}

export interface Typechecker {
  check(options?: CheckOptions): Promise<TypecheckResult>;
}

/** Lets timers and I/O (a child's output, a signal) run between files of a long check. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const LAYER_ORDER = ['src/', 'generated/', 'scripts/', 'tests/'];

export function createTypechecker(root: string): Typechecker {
  const configPath = join(root, 'tsconfig.json');
  /** Parsed files by path, with the text they came from: an unchanged file is not parsed again. */
  const parsed = new Map<string, { text: string; how: string; file: TS.SourceFile }>();
  let previous: TS.SemanticDiagnosticsBuilderProgram | undefined;

  /** `file:line:col error TSnnnn: message`, the message whole (its further lines as TypeScript nests them). */
  function line(diagnostic: TS.Diagnostic): string {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const code = `${ts.DiagnosticCategory[diagnostic.category].toLowerCase()} TS${diagnostic.code}: ${message}`;
    if (!diagnostic.file || diagnostic.start === undefined) return code;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${relative(root, diagnostic.file.fileName)}:${line + 1}:${character + 1} ${code}`;
  }

  /** The package's own code first (src/), then generated/, scripts/, tests/ and the rest; in file and position order within each. */
  function rank(diagnostic: TS.Diagnostic): number {
    const file = diagnostic.file ? relative(root, diagnostic.file.fileName) : '';
    const index = LAYER_ORDER.findIndex((layer) => file.startsWith(layer));
    return index === -1 ? LAYER_ORDER.length : index;
  }

  function createProgram(configErrors: TS.Diagnostic[]): TS.SemanticDiagnosticsBuilderProgram | undefined {
    const config = ts.getParsedCommandLineOfConfigFile(
      configPath,
      { noEmit: true },
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic),
      },
    );
    if (!config) return undefined;
    configErrors.push(...config.errors);
    const host = ts.createIncrementalCompilerHost(config.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      const text = host.readFile(fileName);
      // What a parse depends on besides the text (as TypeScript's own document registry keys it).
      const how =
        typeof languageVersion === 'object'
          ? [languageVersion.languageVersion, languageVersion.impliedNodeFormat, languageVersion.jsDocParsingMode].join('/')
          : String(languageVersion);
      const cached = parsed.get(fileName);
      if (text !== undefined && cached?.text === text && cached.how === how) return cached.file;
      const file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file && text !== undefined) parsed.set(fileName, { text, how, file });
      return file;
    };
    return ts.createSemanticDiagnosticsBuilderProgram(
      config.fileNames,
      config.options,
      host,
      previous,
      ts.getConfigFileParsingDiagnostics(config),
      config.projectReferences,
    );
  }

  return {
    async check({ shouldStop = () => false } = {}) {
      const stopped: TypecheckResult = { ok: false, stopped: true, errors: [] };
      const configErrors: TS.Diagnostic[] = [];
      let diagnostics: TS.Diagnostic[];
      // Whoever asked for the check (say, to restart a mock beside it) gets to go on before the program is built.
      await yieldToEventLoop();
      if (shouldStop()) return stopped;
      try {
        const program = createProgram(configErrors);
        if (!program) return { ok: false, stopped: false, errors: configErrors.map(line) };
        diagnostics = [...configErrors, ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSyntacticDiagnostics()];
        // One file at a time (the files a change affects, then every file, each checked at most once), so a Ctrl-C
        // or the mock's output is not kept waiting for the whole check.
        const steps = [
          () => !!program.getSemanticDiagnosticsOfNextAffectedFile(),
          ...program.getSourceFiles().map((file) => () => {
            diagnostics.push(...program.getSemanticDiagnostics(file));
            return false;
          }),
        ];
        for (const step of steps) {
          do {
            await yieldToEventLoop();
            if (shouldStop()) {
              previous = undefined; // the next check starts afresh rather than from a half-checked program
              return stopped;
            }
          } while (step());
        }
        previous = program;
      } catch (error) {
        // A crash of the compiler still shows up as a failure; the next check starts afresh.
        previous = undefined;
        parsed.clear();
        return { ok: false, stopped: false, errors: [`typecheck crashed: ${error instanceof Error ? error.message : String(error)}`] };
      }
      const errors = [...ts.sortAndDeduplicateDiagnostics(diagnostics)]
        .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
        .sort((a, b) => rank(a) - rank(b))
        .map(line);
      return { ok: errors.length === 0, stopped: false, errors };
    },
  };
}

/** One check of `root`'s tsconfig.json, with nothing kept for a next one. */
export function typecheck(root: string, options: CheckOptions = {}): Promise<TypecheckResult> {
  return createTypechecker(root).check(options);
}
