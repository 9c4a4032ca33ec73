import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { mapEntry } from './camt-entry.mapper';
import { openStatement, readStatementIdentity, summariseStatement, type StatementIdentity, type StatementOpening } from './camt-statement.mapper';
import { newNode, textAt, type XmlNode } from './camt-xml-node';
import {
  BankStatementBalanceMismatchError,
  BankStatementFormatUnsupportedError,
  BankStatementInvalidError,
  BankStatementMalformedError,
  BankStatementTruncatedError,
  type BankStatementErrorLocation,
} from './bank-statement.errors';
import type { CamtMessageKind, StatementFileHeader, StatementFileItem } from './bank-statement.types';

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:(camt\.05[34])\.(001\.0[2-8])$/;
const MESSAGE_ELEMENT: Record<CamtMessageKind, { message: string; statement: string }> = {
  'camt.053': { message: 'BkToCstmrStmt', statement: 'Stmt' },
  'camt.054': { message: 'BkToCstmrDbtCdtNtfctn', statement: 'Ntfctn' },
};
/** Guards against hostile input: camt nests about a dozen levels deep and no single value is long. */
const MAX_DEPTH = 40;
const MAX_TEXT = 20_000;

interface Frame {
  readonly name: string;
  /** The captured element, when this element is part of a tree we keep (header, statement, entry). */
  readonly node?: XmlNode;
  /** The namespace bindings this element declared, with what they replaced: restored when it closes. */
  readonly shadowed?: Shadowed;
}

/** Prefix ('' for the default namespace) and the URI it was bound to before (undefined: unbound). */
type Shadowed = Array<[string, string | undefined]>;

interface OpenStatement {
  readonly node: XmlNode;
  identity?: StatementIdentity;
  /** Balances and declared totals, read and checked at the first entry, before any entry is handed out. */
  opening?: StatementOpening;
  entryCount: number;
  inEntry: boolean;
  readonly bookedNetByCurrency: Map<string, bigint>;
}

/**
 * Push-based camt.053 / camt.054 reader over saxes. Feed text with `write`, finish with `end`; each
 * call returns the items completed so far (header, entries, statement summaries), so at most one
 * entry's element tree is held at a time. Every problem is thrown as a `BankStatementError`.
 */
export class CamtStreamParser {
  /**
   * saxes' own namespace handling (`xmlns: true`) resolves every element and attribute and costs a
   * third of its time; camt files declare their namespaces on the root, so the bindings are kept
   * here, updated only by the elements that declare one.
   */
  private readonly sax = new SaxesParser({ xmlns: false, position: true });
  private readonly bindings = new Map<string, string>();
  private readonly frames: Frame[] = [];
  private readonly ready: StatementFileItem[] = [];
  private skipDepth = 0;
  private kind?: CamtMessageKind;
  private version?: string;
  private namespace?: string;
  private header?: StatementFileHeader;
  private statement?: OpenStatement;
  private rootClosed = false;
  private closing = false;
  private failure?: { error: unknown };

  constructor() {
    this.sax.on('error', (error) => {
      const reason = error.message;
      if (this.closing && this.frames.length > 0) throw new BankStatementTruncatedError(`the file ends inside the document (${reason})`, this.location());
      throw new BankStatementMalformedError(`malformed XML: ${reason}`, this.location());
    });
    this.sax.on('xmldecl', (decl) => {
      if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) throw new BankStatementFormatUnsupportedError(`encoding ${decl.encoding} is not supported (UTF-8 only)`);
    });
    this.sax.on('doctype', () => {
      throw new BankStatementMalformedError('a DOCTYPE is not allowed in a bank statement');
    });
    this.sax.on('opentag', (tag) => this.open(tag));
    this.sax.on('text', (text) => this.text(text));
    this.sax.on('cdata', (text) => this.text(text));
    this.sax.on('closetag', () => this.close());
  }

  /**
   * The items completed by this chunk. When the chunk goes wrong after completing some, those are
   * returned first and the error is thrown by the next call: every entry before the spot is handed out.
   */
  write(chunk: string): StatementFileItem[] {
    if (this.failure) throw this.failure.error;
    try {
      this.sax.write(chunk);
    } catch (error) {
      if (this.ready.length === 0) throw error;
      this.failure = { error };
    }
    return this.ready.splice(0);
  }

  /** May be called again: throws then what went wrong after the items the first call returned, if anything did. */
  end(): StatementFileItem[] {
    if (this.failure) throw this.failure.error;
    if (this.closing) return [];
    this.closing = true;
    try {
      this.sax.close();
      if (!this.rootClosed) throw new BankStatementTruncatedError('the file ends before its document does', this.location());
    } catch (error) {
      if (this.ready.length === 0) throw error;
      this.failure = { error };
    }
    return this.ready.splice(0);
  }

  private open(tag: SaxesTagPlain): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    const depth = this.frames.length;
    if (depth >= MAX_DEPTH) throw new BankStatementMalformedError(`elements nested deeper than ${MAX_DEPTH} levels`, this.location());
    const shadowed = this.bind(tag.attributes);
    const colon = tag.name.indexOf(':');
    const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
    const name = colon < 0 ? tag.name : tag.name.slice(colon + 1);
    const uri = this.bindings.get(prefix);
    if (uri === undefined && prefix !== '') throw new BankStatementMalformedError(`malformed XML: prefix ${prefix} of ${tag.name} is not bound to a namespace`, this.location());
    if (depth === 0) return this.openRoot(name, uri ?? '', shadowed);
    if (uri !== this.namespace) {
      this.skipDepth = 1; // another namespace (e.g. inside SplmtryData/Envlp): not ours to read
      this.unbind(shadowed);
      return;
    }
    const elements = MESSAGE_ELEMENT[this.kind!];
    if (depth === 1) {
      if (name !== elements.message) throw new BankStatementFormatUnsupportedError(`a ${this.kind} document holds ${elements.message}, not ${name}`);
      this.frames.push({ name, shadowed });
      return;
    }
    const node = newNode(name, attributesOf(tag));
    if (depth === 2) {
      if (name === elements.statement) {
        if (!this.header) throw new BankStatementInvalidError('the group header (GrpHdr) is missing or comes after a statement');
        this.statement = { node, entryCount: 0, inEntry: false, bookedNetByCurrency: new Map() };
      } else if (name !== 'GrpHdr') {
        this.skipDepth = 1;
        this.unbind(shadowed);
        return;
      }
      this.frames.push({ name, node, shadowed });
      return;
    }
    if (depth === 3 && this.statement && name === 'Ntry') {
      const statement = this.statement;
      statement.identity ??= readStatementIdentity(statement.node);
      statement.opening ??= openStatement(statement.node, statement.identity);
      statement.entryCount++;
      statement.inEntry = true;
      const declared = statement.opening.declaredEntryCount;
      if (declared !== undefined && statement.entryCount > declared) {
        throw new BankStatementInvalidError(`the statement declares ${declared} entries; this one is beyond them`, { ...this.location(), field: 'TxsSummry/TtlNtries/NbOfNtries' });
      }
      this.frames.push({ name, node, shadowed }); // kept apart from the statement's tree, dropped once mapped
      return;
    }
    this.frames[depth - 1]!.node?.children.push(node);
    this.frames.push({ name, node, shadowed });
  }

  private openRoot(name: string, uri: string, shadowed: Shadowed | undefined): void {
    const match = NAMESPACE.exec(uri);
    if (name !== 'Document' || !match) {
      throw new BankStatementFormatUnsupportedError(`not a camt.053/camt.054 (.001.02 – .001.08) document: root ${name} in namespace '${uri}'`);
    }
    this.kind = match[1] as CamtMessageKind;
    this.version = match[2]!;
    this.namespace = uri;
    this.frames.push({ name, shadowed });
  }

  /** Applies the element's `xmlns` / `xmlns:p` attributes; returns what they shadowed, or undefined (almost always). */
  private bind(attributes: Record<string, string>): Shadowed | undefined {
    let shadowed: Shadowed | undefined;
    for (const key in attributes) {
      if (!key.startsWith('xmlns')) continue;
      let prefix: string;
      if (key === 'xmlns') prefix = '';
      else if (key.charCodeAt(5) === 58 /* : */) prefix = key.slice(6);
      else continue;
      (shadowed ??= []).push([prefix, this.bindings.get(prefix)]);
      this.bindings.set(prefix, attributes[key]!);
    }
    return shadowed;
  }

  private unbind(shadowed: Shadowed | undefined): void {
    if (!shadowed) return;
    for (let i = shadowed.length - 1; i >= 0; i--) {
      const [prefix, previous] = shadowed[i]!;
      if (previous === undefined) this.bindings.delete(prefix);
      else this.bindings.set(prefix, previous);
    }
  }

  /** saxes reports the whole text between two tags at once, so whitespace-only text is layout, never a value. */
  private text(text: string): void {
    if (this.skipDepth > 0 || isLayout(text)) return;
    const node = this.frames[this.frames.length - 1]?.node;
    if (!node) return;
    node.text += text;
    if (node.text.length > MAX_TEXT) throw new BankStatementMalformedError(`${node.name} holds more than ${MAX_TEXT} characters`, this.location());
  }

  private close(): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const frame = this.frames.pop()!;
    this.unbind(frame.shadowed);
    const depth = this.frames.length;
    if (depth === 0) this.rootClosed = true;
    else if (depth === 2 && frame.name === 'GrpHdr') this.closeHeader(frame.node!);
    else if (depth === 2 && this.statement) this.closeStatement(this.statement);
    else if (depth === 3 && frame.name === 'Ntry' && this.statement?.inEntry) this.closeEntry(this.statement, frame.node!);
  }

  private closeHeader(node: XmlNode): void {
    const messageId = textAt(node, 'MsgId');
    if (!messageId) throw new BankStatementInvalidError('the group header has no MsgId');
    this.header = { messageKind: this.kind!, version: this.version!, messageId, createdAt: textAt(node, 'CreDtTm') };
    this.ready.push({ kind: 'header', header: this.header });
  }

  private closeEntry(statement: OpenStatement, node: XmlNode): void {
    const identity = statement.identity!;
    const entry = mapEntry(node, { messageKind: this.kind!, ...identity, entryIndex: statement.entryCount });
    statement.inEntry = false;
    const currency = statement.opening?.opening?.currency;
    if (entry.booked && currency !== undefined && entry.amount.currency !== currency) {
      throw new BankStatementBalanceMismatchError(`a booked entry in ${entry.amount.currency} on a ${currency} account`, { statementId: identity.statementId, entryNumber: entry.entryIndex, field: 'Amt' });
    }
    if (entry.booked) {
      const signed = entry.direction === 'CREDIT' ? entry.amount.amountMinor : -entry.amount.amountMinor;
      const net = statement.bookedNetByCurrency;
      net.set(entry.amount.currency, (net.get(entry.amount.currency) ?? 0n) + signed);
    }
    this.ready.push({ kind: 'entry', entry });
  }

  private closeStatement(statement: OpenStatement): void {
    const identity = (statement.identity ??= readStatementIdentity(statement.node));
    const summary = summariseStatement(statement.node, this.kind!, identity, statement);
    this.statement = undefined;
    this.ready.push({ kind: 'statement', statement: summary });
  }

  private location(): BankStatementErrorLocation {
    const statement = this.statement;
    const statementId = statement?.identity?.statementId ?? (statement ? textAt(statement.node, 'Id') : undefined);
    return { statementId, entryNumber: statement?.inEntry ? statement.entryCount : undefined };
  }
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** Unprefixed attributes other than namespace declarations; most camt elements have none and share one frozen empty object. */
function attributesOf(tag: SaxesTagPlain): Record<string, string> {
  let attributes: Record<string, string> | undefined;
  for (const key in tag.attributes) {
    if (key === 'xmlns' || key.includes(':')) continue;
    (attributes ??= {})[key] = tag.attributes[key]!;
  }
  return attributes ?? NO_ATTRIBUTES;
}

/** Whitespace between tags (indentation, line breaks): saxes hands it over as text. */
function isLayout(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return false;
  }
  return true;
}
