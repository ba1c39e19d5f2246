import KruCore
import KruHTML

extension Evaluator {
    /// Runs a built-in rule in a scope: element rules on the element, page
    /// rules on the scope's file.
    func evaluate(_ rule: BuiltInRule, in scope: Scope) -> Outcome {
        if case .element(let element) = scope {
            switch rule {
            case .tableHeaderRow(let minCells): return TableRules.headerRow(element, minCells: minCells)
            case .tableDataRows(let atLeast): return TableRules.dataRows(element, atLeast: atLeast)
            case .tableSameWidth: return TableRules.sameWidth(element)
            case .labelled: return LabelledRule.evaluate(element)
            default: break
            }
        }
        if case .sharedStylesheet(let files) = rule {
            return LinkRules.sharedStylesheet(files, evaluator: self)
        }
        let document: HTMLDocument
        switch pageDocument(scope) {
        case .failure(let failure): return .cannotRun(failure.reason)
        case .success(let parsed): document = parsed
        }
        switch rule {
        case .doctype: return DoctypeRule.evaluate(document)
        case .headingOrder: return HeadingOrderRule.evaluate(document)
        case .linksResolve: return LinkRules.linksResolve(document, submission: submission)
        case .linkTo(let target): return LinkRules.linkTo(document, target: target)
        case .stylesheet: return stylesheetRule(document)
        default:
            return .cannotRun(LocalizedText(
                en: "rule \(rule.name) judges one element; its rubric is written wrongly, tell your mentor",
                km: "ច្បាប់ \(rule.name) ពិនិត្យធាតុតែមួយ; rubric របស់វាសរសេរខុស សូមប្រាប់គ្រូណែនាំ"))
        }
    }
}
