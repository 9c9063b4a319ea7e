"""`act pdf | issue | list | sign | verify`, `badge` and `catalogue list | import`: the documents of inspections
(п.14), the badge of п.16, and the catalogue of normative legal acts, acting as `--as LOGIN`.

`act pdf` writes the inspection's issued document of that kind and language (its frozen bytes); when none
is issued yet it writes the draft, marked as one on every page, and says so. `act issue` issues (numbers,
freezes) one. A PKCS#12 key file's password comes from $INSPECTOR_APP_KEY_PASSWORD or the next line of
stdin, never from the command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.context import AppContext
from inspector_app.documents.badge import write_badge
from inspector_app.documents.output_files import check_target, write_atomically
from inspector_app.domain.inspections import DocumentKind
from inspector_app.errors import ValidationError

KEY_PASSWORD_ENV = "INSPECTOR_APP_KEY_PASSWORD"
LANGS = ("kk", "ru", "kk+ru")


def register(commands, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("act", help="acts and prescriptions of inspections")
    actions = group.add_subparsers(dest="action", required=True, parser_class=type(group),
                                   metavar="{pdf,issue,list,sign,verify}")
    pdf = actions.add_parser("pdf", parents=[common], help="write an inspection's act (or prescription) as PDF",
                             description="The issued document's frozen bytes; a draft when none is issued yet.")
    _document_options(pdf)
    pdf.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    pdf.set_defaults(handler=run_pdf, needs_unit=True)

    issue = actions.add_parser("issue", parents=[common], help="issue an act or prescription (numbered, frozen)")
    _document_options(issue)
    issue.add_argument("--place", default="", help="where it is drawn up (default: the inspection's place)")
    issue.add_argument("--replaces", type=int, metavar="DOCUMENT", help="the document this one replaces")
    issue.add_argument("--out", metavar="FILE.pdf", help="also write the issued PDF here")
    issue.set_defaults(handler=run_issue, needs_unit=True)

    listing = actions.add_parser("list", parents=[common], help="the documents issued on an inspection")
    listing.add_argument("--inspection", type=int, required=True, metavar="ID")
    add_actor(listing)
    listing.set_defaults(handler=run_list, needs_unit=True)

    sign = actions.add_parser("sign", parents=[common], help="sign an issued document with a PKCS#12 key file",
                              description=f"A detached CMS signature; the key's password from ${KEY_PASSWORD_ENV} "
                                          "or the next line of stdin.")
    sign.add_argument("--document", type=int, required=True, metavar="ID")
    sign.add_argument("--key", required=True, metavar="FILE.p12", help="the key file (NCA RK, RSA)")
    sign.add_argument("--signature-out", metavar="FILE.p7s", help="also write the signature (DER) here")
    add_actor(sign)
    sign.set_defaults(handler=run_sign, needs_unit=True)

    verify = actions.add_parser("verify", parents=[common], help="check an issued document's hash and signatures",
                                description="Exit code 1 when the bytes changed or a signature does not verify.")
    verify.add_argument("--document", type=int, required=True, metavar="ID")
    add_actor(verify)
    verify.set_defaults(handler=run_verify, needs_unit=True)

    badge = commands.add_parser("badge", parents=[common], help="print the badge of п.16 as PDF")
    badge.add_argument("--lang", dest="badge_lang", default="kk,ru", help="kk, ru or kk,ru (default: both)")
    badge.add_argument("--out", required=True, metavar="FILE.pdf")
    badge.set_defaults(handler=run_badge, needs_unit=False)

    catalogue = commands.add_parser("catalogue", help="the catalogue of normative legal acts")
    cat_actions = catalogue.add_subparsers(dest="action", required=True, parser_class=type(catalogue),
                                           metavar="{list,import}")
    cat_list = cat_actions.add_parser("list", parents=[common], help="the requirements of the catalogue")
    cat_list.add_argument("--search", default="", metavar="TEXT")
    add_actor(cat_list)
    cat_list.set_defaults(handler=run_catalogue_list, needs_unit=True)
    cat_import = cat_actions.add_parser("import", parents=[common], help="add or update lines from a CSV file")
    cat_import.add_argument("file", metavar="FILE.csv")
    add_actor(cat_import)
    cat_import.set_defaults(handler=run_catalogue_import, needs_unit=True)


def _document_options(parser) -> None:
    parser.add_argument("--inspection", type=int, required=True, metavar="ID")
    parser.add_argument("--kind", choices=[k.value for k in DocumentKind], default="act")
    parser.add_argument("--lang", dest="doc_lang", required=True, choices=LANGS,
                        help="Kazakh, Russian, or both side by side")
    add_actor(parser)


def _document_json(doc) -> dict:
    return {"id": doc.id, "number": doc.number, "kind": doc.kind.value, "lang": doc.lang, "sha256": doc.sha256,
            "size": doc.size, "issued_at": doc.issued_at.isoformat(), "replaces_id": doc.replaces_id}


def run_pdf(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    out = check_target(Path(args.out).expanduser())
    actor = sign_in(ctx, args.actor, passwords)
    doc = ctx.documents.current(actor, args.inspection, args.kind, args.doc_lang)
    if doc is not None:
        write_atomically(out, ctx.documents.pdf(actor, doc.id))
        return Result(f"{args.kind.capitalize()} No. {doc.number} ({doc.lang}) written to {out}; SHA-256 "
                      f"{doc.sha256}.", {"path": str(out), "draft": False, **_document_json(doc)})
    data = ctx.documents.draft_pdf(actor, args.inspection, args.kind, args.doc_lang)
    write_atomically(out, data)
    return Result(f"No {args.kind} in {args.doc_lang} is issued yet: the draft was written to {out} "
                  "(issue it with `act issue`).", {"path": str(out), "draft": True, "size": len(data)})


def run_issue(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    out = check_target(Path(args.out).expanduser()) if args.out else None
    actor = sign_in(ctx, args.actor, passwords)
    doc = ctx.documents.issue(actor, args.inspection, args.kind, args.doc_lang, place=args.place,
                              replaces_id=args.replaces)
    if out is not None:
        write_atomically(out, ctx.documents.pdf(actor, doc.id))
    return Result(f"{args.kind.capitalize()} No. {doc.number} issued ({doc.lang}, {doc.size} bytes, SHA-256 "
                  f"{doc.sha256})" + (f", written to {out}." if out else "."),
                  {**_document_json(doc), "path": str(out) if out else None})


def run_list(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    docs = ctx.documents.documents(actor, args.inspection)
    lines = [f"{d.id:>5}  {d.kind.value:<12} No. {d.number:<10} {d.lang:<6} {d.sha256}" for d in docs]
    return Result("\n".join(lines) or "No document is issued on this inspection yet.",
                  {"documents": [_document_json(d) for d in docs]})


def run_sign(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    key_file = Path(args.key).expanduser()
    try:
        data = key_file.read_bytes()
    except OSError as error:
        raise ValidationError(f"The key file {key_file} cannot be read: {error.strerror}", code="key_file") from error
    sig_out = check_target(Path(args.signature_out).expanduser()) if args.signature_out else None
    actor = sign_in(ctx, args.actor, passwords)
    password = passwords.read(KEY_PASSWORD_ENV, f"the key file {key_file.name}")
    sig = ctx.documents.sign_with_key_file(actor, args.document, data, password)
    if sig_out is not None:
        write_atomically(sig_out, sig.cms)
    return Result(f"Document {args.document} signed by {sig.signer_name} (IIN {sig.signer_iin or '-'}), "
                  f"certificate SHA-256 {sig.certificate_sha256}.",
                  {"document_id": args.document, "signer": sig.signer_name, "iin": sig.signer_iin,
                   "certificate_sha256": sig.certificate_sha256, "signature_path": str(sig_out) if sig_out else None})


def run_verify(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    results = ctx.documents.verify(actor, args.document)  # raises when the bytes no longer match their hash
    lines, bad = [f"Document {args.document}: its bytes match their SHA-256."], []
    for sig, outcome in results:
        if isinstance(outcome, Exception):
            bad.append(sig.id)
            lines.append(f"signature {sig.id} ({sig.method}, {sig.signer_name}): DOES NOT VERIFY: {outcome}")
        else:
            lines.append(f"signature {sig.id} ({sig.method}): {outcome.common_name}, IIN {outcome.iin or '-'}: ok")
    if not results:
        lines.append("No signature yet.")
    payload = {"document_id": args.document, "signatures": len(results), "failed": bad}
    if bad:
        return Result("\n".join(lines), payload, error=f"{len(bad)} signature(s) do not verify",
                      code="signature_invalid")
    return Result("\n".join(lines), payload)


def run_badge(ctx, args, passwords: PasswordReader) -> Result:
    langs = [lang.strip() for lang in args.badge_lang.split(",") if lang.strip()]
    path = write_badge(Path(args.out).expanduser(), langs)
    return Result(f"The badge ({', '.join(langs)}) written to {path}.", {"path": str(path), "langs": langs})


def run_catalogue_list(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    found = ctx.catalogue.list(actor, args.search)
    lines = [f"{r.code:<28} {r.number:<10} {r.title_ru}" + (f", {r.clause}" if r.clause else "") for r in found]
    return Result("\n".join(lines) or "Nothing in the catalogue matches.",
                  {"requirements": [{"code": r.code, "number": r.number, "clause": str(r.clause or ""),
                                     "title_kk": r.title_kk, "title_ru": r.title_ru} for r in found]})


def run_catalogue_import(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"The file {path} cannot be read: {error.strerror}", code="catalogue_file") from error
    actor = sign_in(ctx, args.actor, passwords)
    added, updated = ctx.catalogue.import_csv(actor, data, path.name)
    return Result(f"Catalogue: {added} line(s) added, {updated} updated from {path.name}.",
                  {"added": added, "updated": updated})
