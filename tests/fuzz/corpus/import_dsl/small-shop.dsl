workspace "Small Shop" "The same workspace as small-shop.json, written in the DSL" {
    model {
        customer = person "Customer" "Buys things" "External"
        group "Retail" {
            shop = softwareSystem "Shop" "Sells things" {
                web = container "Web App" "Serves the pages" "Java" "Web Browser"
                db = container "Database" "Stores the orders" "PostgreSQL" "Database"
                properties {
                    owner "Retail team"
                }
                perspectives {
                    Security "Handles card data"
                }
            }
        }
        customer -> web "Browses" "HTTPS"
        web -> db "Reads from and writes to" "JDBC"
        deploymentEnvironment "Live" {
            deploymentNode "Cloud" "" "AWS" {
                containerInstance web
                deploymentNode "Database Server" "" "RDS" {
                    containerInstance db
                }
            }
        }
    }
    views {
        systemContext shop "Context" {
            include *
        }
        container shop "Containers" "The shop's containers" {
            include *
        }
        dynamic shop "Order" {
            customer -> web "Places an order"
            web -> db "Saves it"
        }
    }
}
