/// The inline style sheet and escaping shared by the HTML reports: no
/// external files, Khmer fonts first where installed, readable when printed.
package enum HTMLReportStyle {
    package static let css = """
        :root { --pass: #1b7f3b; --fail: #b3261e; --error: #8a5a00; --muted: #5f6368; --line: #e0e0e0; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans Khmer", "Khmer OS System", "Khmer OS", "Noto Sans", system-ui, sans-serif;
               line-height: 1.6; color: #202124; max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 0; display: flex; justify-content: space-between; gap: 1rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
        .muted { color: var(--muted); font-size: .9rem; }
        section.exercise { border: 1px solid var(--line); border-left: .4rem solid var(--muted); border-radius: .4rem;
                           padding: 1rem 1.25rem; margin: 1rem 0; }
        section.exercise.pass { border-left-color: var(--pass); }
        section.exercise.fail { border-left-color: var(--fail); }
        section.exercise.error { border-left-color: var(--error); }
        .score { white-space: nowrap; }
        ul.checks { list-style: none; padding: 0; margin: .5rem 0; }
        ul.checks li { padding: .4rem 0; border-top: 1px solid var(--line); }
        .mark { display: inline-block; width: 1.4rem; font-weight: bold; }
        .mark.pass { color: var(--pass); }
        .mark.fail { color: var(--fail); }
        .mark.error { color: var(--error); }
        .detail { margin: .2rem 0 .2rem 1.4rem; }
        pre.source { margin: .3rem 0 .3rem 1.4rem; padding: .4rem .6rem; background: #f6f8fa; border-radius: .3rem;
                     overflow-x: auto; font-size: .9rem; white-space: pre-wrap; word-break: break-all; }
        pre.source .ln { color: var(--muted); user-select: none; }
        .hint { margin-left: 1.4rem; color: #174ea6; }
        .picture svg { width: 100%; max-width: 20em; height: auto; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.num, th.num { text-align: right; }
        svg.chart text { font-family: inherit; font-size: 12px; }
        @media print {
            body { padding: 0; max-width: none; font-size: 11pt; }
            section.exercise, tr, li, .picture { break-inside: avoid; }
            a { color: inherit; text-decoration: none; }
        }
        """

    /// Escapes text for HTML content and attribute values.
    package static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x27: bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
