"""kg: machine-learning paper abstracts to a validated knowledge graph.

The stages run one way: read -> extract -> link -> rdf -> validate -> store/load -> query;
`kg.pipeline` is the only module that composes them.
"""

__version__ = "0.1.0"
