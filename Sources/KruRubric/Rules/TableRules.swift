import KruCore
import KruHTML

/// Rules about the shape of one `<table>` (the element in scope).
///
/// A table's rows are its `<tr>` elements in document order, whether inside
/// `<thead>`, `<tbody>`, `<tfoot>` or directly in the table, but not the rows
/// of a table nested inside it; a row's cells are its `<td>`/`<th>` children.
enum TableRules {
    static func rows(of table: Element) -> [Element] {
        var rows: [Element] = []
        var stack = Array(table.children.reversed())
        while let element = stack.popLast() {
            if element.name == "tr" { rows.append(element) }
            if element.name != "table" { stack.append(contentsOf: element.children.reversed()) }
        }
        return rows
    }

    static func cells(of row: Element) -> [Element] {
        row.children.filter { $0.name == "td" || $0.name == "th" }
    }

    /// `table-header-row`: the first row has at least `minCells` cells, all `<th>`.
    static func headerRow(_ table: Element, minCells: Int) -> Outcome {
        let expected = LocalizedText(
            en: "expected a first row of at least \(minCells) cells, all <th>",
            km: "ជួរទីមួយត្រូវមានក្រឡាយ៉ាងហោចណាស់ \(minCells) ហើយទាំងអស់ត្រូវតែជា <th>")
        guard let row = rows(of: table).first else {
            return .fail(LocalizedText(en: "the table has no rows (<tr>)", km: "តារាងគ្មានជួរ (<tr>) ទេ"), expected: expected, at: table.location)
        }
        let cells = cells(of: row)
        let line = row.location?.line ?? 0
        if let td = cells.first(where: { $0.name == "td" }) {
            return .fail(
                LocalizedText(
                    en: "the first row (line \(line)) has a <td> cell \(Phrases.lines([td.location?.line ?? line]).en); header cells are <th>",
                    km: "ជួរទីមួយ (បន្ទាត់ទី \(line)) មានក្រឡា <td> \(Phrases.lines([td.location?.line ?? line]).km); ក្រឡាក្បាលតារាងគឺ <th>"),
                expected: expected, at: td.location ?? row.location)
        }
        let found = LocalizedText(
            en: "the first row (line \(line)) has \(cells.count) <th> cell\(cells.count == 1 ? "" : "s")",
            km: "ជួរទីមួយ (បន្ទាត់ទី \(line)) មានក្រឡា <th> ចំនួន \(cells.count)")
        if cells.count < minCells { return .fail(found, expected: expected, at: row.location) }
        return .pass(found, at: row.location)
    }

    /// `table-data-rows`: after the first row, at least `atLeast` rows have a `<td>`.
    static func dataRows(_ table: Element, atLeast: Int) -> Outcome {
        let data = rows(of: table).dropFirst().filter { row in cells(of: row).contains { $0.name == "td" } }
        let where_ = Phrases.lines(data.compactMap { $0.location?.line })
        let found = data.isEmpty
            ? LocalizedText(en: "after the first row there is no row with a <td> cell", km: "បន្ទាប់ពីជួរទីមួយ គ្មានជួរដែលមានក្រឡា <td> ទេ")
            : LocalizedText(
                en: "after the first row, \(data.count) row\(data.count == 1 ? " has" : "s have") <td> cells, \(where_.en)",
                km: "បន្ទាប់ពីជួរទីមួយ មានជួរដែលមានក្រឡា <td> ចំនួន \(data.count) \(where_.km)")
        if data.count >= atLeast { return .pass(found, at: data.first?.location) }
        return .fail(
            found,
            expected: LocalizedText(
                en: "expected at least \(atLeast) rows of data (<tr> with <td>)",
                km: "ត្រូវមានជួរទិន្នន័យយ៉ាងហោចណាស់ \(atLeast) (<tr> ដែលមាន <td>)"),
            at: data.last?.location ?? table.location)
    }

    /// `table-same-width`: every row has the same width (the sum of its cells' `colspan`).
    static func sameWidth(_ table: Element) -> Outcome {
        let rows = rows(of: table)
        let widths = rows.map { row in cells(of: row).reduce(0) { $0 + colspan($1) } }
        guard let firstWidth = widths.first else {
            return .pass(LocalizedText(en: "the table has no rows", km: "តារាងគ្មានជួរទេ"), at: table.location)
        }
        // The most common width is the table's width; blame the first row that differs.
        var tally: [Int: Int] = [:]
        for width in widths { tally[width, default: 0] += 1 }
        let common = tally.max { a, b in a.value < b.value || (a.value == b.value && a.key != firstWidth) }!.key
        guard let odd = widths.firstIndex(where: { $0 != common }) else {
            return .pass(
                LocalizedText(en: "all \(rows.count) rows are \(common) cells wide", km: "ជួរទាំង \(rows.count) មានទទឹង \(common) ក្រឡា"),
                at: rows.first?.location)
        }
        let line = rows[odd].location?.line ?? 0
        return .fail(
            LocalizedText(
                en: "the row at line \(line) is \(widths[odd]) cells wide, but the other rows are \(common) wide",
                km: "ជួរនៅបន្ទាត់ទី \(line) មានទទឹង \(widths[odd]) ក្រឡា ប៉ុន្តែជួរផ្សេងទៀតមានទទឹង \(common)"),
            expected: LocalizedText(
                en: "expected every row to have the same number of cells (counting colspan)",
                km: "គ្រប់ជួរត្រូវមានចំនួនក្រឡាដូចគ្នា (រាប់ទាំង colspan)"),
            at: rows[odd].location)
    }

    /// A cell's `colspan` as a browser reads it: leading whitespace skipped,
    /// digits read up to the first other character; missing, invalid or 0 is 1,
    /// more than 1000 is 1000.
    static func colspan(_ cell: Element) -> Int {
        guard let raw = cell.attribute("colspan") else { return 1 }
        var scalars = Substring(raw).unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        if scalars.first == "+" { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { $0.value >= 0x30 && $0.value <= 0x39 }
        guard !digits.isEmpty else { return 1 }
        let value = digits.prefix(5).reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        if value == 0 { return 1 }
        return min(value, 1000)
    }
}
