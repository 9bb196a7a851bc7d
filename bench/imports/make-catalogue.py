#!/usr/bin/env python3
"""Writes a catalogue sheet of N rows (default 100,000) as an office would export it (CSV, UTF-8 with BOM):
a title row, the header 索引号,标题,文号,发布日期,主题分类,正文,链接, N documents, a totals row.
Usage: make-catalogue.py OUT.csv [N]  — used for the import timing in docs/performance.md."""
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
subjects = ["城乡低保标准调整", "农村公路养护", "政府采购意向公开", "行政许可事项清单", "突发事件应急预案", "财政预算执行情况", "义务教育招生", "医疗保障待遇"]
categories = ["社会救助", "其他", "政府采购", "行政执法", "突发公共事件", "财政预决算", "通知公告", "社会保障"]
with open(out, "w", encoding="utf-8-sig", newline="") as f:
    f.write("某县人民政府已发布信息目录（导出）,,,,,,\r\n")
    f.write("索引号,标题,文号,发布日期,主题分类,正文,链接\r\n")
    for i in range(1, n + 1):
        k = i % len(subjects)
        year = 2010 + i % 15
        f.write(f"BENCH/{year}-{i:06d},关于{subjects[k]}的通知（第{i}号）,某政发〔{year}〕{i % 500 + 1}号,{year}年{i % 12 + 1}月{i % 28 + 1}日,{categories[k]},"
                f"\"根据有关规定，现就{subjects[k]}有关事项通知如下：一、适用范围；二、工作要求；三、实施时间。本通知自发布之日起施行。\",\r\n")
    f.write(f"合计,{n}条,,,,,\r\n")
