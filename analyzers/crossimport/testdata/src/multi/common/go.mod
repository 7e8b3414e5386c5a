module multi/common

go 1.26
