!identifiers hierarchical
workspace "W" {
    model {
        a = person "A"
        b = softwareSystem "B" {
            c = container "C" "" "Kafka" "Queue"
        }
        a -> b.c "Sends" "AMQP" {
            properties {
                "lintel.encrypted" "true"
            }
        }
    }
}
