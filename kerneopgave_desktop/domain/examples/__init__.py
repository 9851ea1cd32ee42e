"""The example workshops, one made-up workplace a module: the school (`school`), home care
(`home_care`) and technical and environmental services (`parks`), built from the boards in
`boards`. `domain.demo` names and offers them."""
