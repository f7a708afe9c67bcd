package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	for scanner.Scan() {
		var sum int64
		for _, field := range strings.Fields(scanner.Text()) {
			n, _ := strconv.ParseInt(field, 10, 64)
			sum += n
		}
		fmt.Println(sum)
	}
}
