use std::io::{self, BufRead};

fn main() {
    for line in io::stdin().lock().lines() {
        let sum: i64 = line.unwrap().split_whitespace().map(|n| n.parse::<i64>().unwrap()).sum();
        println!("{}", sum);
    }
}
