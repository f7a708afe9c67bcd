import SpecModel

extension Spec {
    /// The spec with where it was read from blanked: what it says, which is what a cache key
    /// or a merge of shards graded in different checkouts must compare.
    var content: Spec {
        var content = self
        content.path = ""
        content.baseDirectory = ""
        return content
    }
}
