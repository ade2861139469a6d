"""Each import format and encoding reads into the right contacts (fixtures in tests/fixtures/import)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.importing import Action, ImportUnreadable
from desktop.services.container import Services
from desktop.services.importing.csv_reader import sniff_delimiter
from desktop.services.importing.detect import parse_bytes, read_table
from desktop.services.importing.mapping import suggest_mapping

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "import"


def imported(services: Services, name: str) -> dict[str, object]:
    table = services.importing.read(FIXTURES / name)
    result = services.importing.apply(table)
    assert result.not_imported == 0
    return {c.name: c for c in services.contacts.list()}


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("contacts_utf8.csv", "utf-8", ","),
        ("contacts_utf8_bom.csv", "utf-8-sig", ";"),
        ("contacts_gbk.csv", "gb18030", ","),
        ("contacts_tab.tsv", "utf-8", "\t"),
    ],
)
def test_csv_encoding_and_delimiter_are_detected(name: str, encoding: str, delimiter: str) -> None:
    table = read_table(FIXTURES / name)
    assert (table.format, table.encoding, table.delimiter) == ("csv", encoding, delimiter)
    assert "name" in table.suggested_mapping and "mobile" in table.suggested_mapping


def test_utf8_bom_csv_with_chinese_headers_and_a_multiline_cell(services: Services) -> None:
    contacts = imported(services, "contacts_utf8_bom.csv")
    assert set(contacts) == {"张伟", "李娜", "王芳"}
    assert contacts["王芳"].remarks == "预算方，关心成本；\n下季度再谈"
    assert contacts["王芳"].mobile == "+8613712340000"
    assert contacts["张伟"].wechat == "zhangwei_hd" and contacts["张伟"].title == "采购经理"
    companies = {c.name: c.contact_count for c in services.companies.list()}
    assert companies == {"华东钢铁有限公司": 2, "江南物流": 1}


def test_gbk_csv_as_excel_saves_it_on_chinese_windows(services: Services) -> None:
    contacts = imported(services, "contacts_gbk.csv")
    assert contacts["陈静"].department == "设备部" and contacts["陈静"].qq == "12345678"
    assert contacts["赵敏"].company_name == "南山软件"


def test_google_contacts_export(services: Services) -> None:
    contacts = imported(services, "google_contacts.csv")
    zhang = contacts["张伟"]  # family + given, no space between Chinese parts
    assert (zhang.name_alt, zhang.company_name, zhang.title, zhang.department) == (
        "Wei Zhang", "华东钢铁有限公司", "采购经理", "采购部")
    assert zhang.mobile == "+8613812345678" and zhang.other_phone == "+862161234567"
    assert zhang.tags == ("客户",)  # "* myContacts" is Google's own label
    emily = contacts["Emily Chen"]
    assert emily.email == "emily.chen@pacific-trading.com" and emily.remarks == "Met in Shenzhen"


def test_outlook_export_takes_job_title_not_the_salutation(services: Services) -> None:
    contacts = imported(services, "outlook_contacts.csv")
    zhou = contacts["Jun Zhou"]
    assert zhou.title == "Head of IT" and zhou.department == "IT"
    assert zhou.mobile == "+8613588889999" and zhou.other_phone == "+862888880000"
    assert zhou.email == "zhou.jun@western-energy.cn" and zhou.tags == ("Customers",)
    company = services.companies.find_by_name("Western Energy Corp")
    assert company is not None and company.website == "www.western-energy.cn"


def test_outlook_export_from_chinese_windows(services: Services) -> None:
    table = services.importing.read(FIXTURES / "outlook_zh_contacts.csv")
    assert table.encoding == "gb18030"
    contacts = imported(services, "outlook_zh_contacts.csv")
    zhou = contacts["周军"]  # 姓 + 名; 称谓 (the salutation) is not the job title
    assert (zhou.title, zhou.department, zhou.company_name) == ("信息总监", "信息部", "西部能源集团")
    assert zhou.mobile == "+8613588889999" and zhou.other_phone == "+862888880000"
    assert zhou.email == "zhoujun@western-energy.cn" and zhou.remarks == "喜欢用微信沟通"
    company = services.companies.find_by_name("西部能源集团")
    assert company is not None and (company.website, company.region) == ("www.western-energy.cn", "成都")


def test_google_phone_labels_say_which_number_is_the_mobile(services: Services) -> None:
    table = services.importing.read(FIXTURES / "google_phone_labels.csv")
    assert table.suggested_mapping[-2:] == ("mobile", "other_phone")
    assert "mobile" not in table.suggested_mapping[:-2]
    contacts = imported(services, "google_phone_labels.csv")
    zheng = contacts["郑强"]  # the work number comes first in the file, the mobile second
    assert zheng.mobile == "+8613900007777" and zheng.other_phone == "+862161234567"
    amy = contacts["Amy Wu"]  # two mobiles in one cell ("a ::: b"); the fax is not kept
    assert amy.mobile == "+8613500002222" and amy.other_phone == "+8613500003333"


def test_vcard_21_quoted_printable_with_charsets_and_a_photo(services: Services) -> None:
    contacts = imported(services, "vcard21_qp.vcf")
    sun = contacts["孙丽"]
    assert (sun.company_name, sun.department) == ("华东钢铁有限公司", "采购部")
    assert sun.mobile == "+8613911112222" and sun.other_phone == "+862161234567"
    assert sun.remarks == "客户很关心交付周期，希望下个月安排一次现场演示，并请技术总监参加。"
    wu = contacts["吴刚"]  # GB2312 quoted-printable, N without FN
    assert wu.company_name == "江南物流" and wu.mobile == "+8613633334444"


def test_vcard_21_lower_case_encoding_and_an_unindented_photo(services: Services) -> None:
    contacts = imported(services, "vcard21_lowercase_photo.vcf")
    zheng = contacts["郑强"]  # "encoding=quoted-printable" in lower case, as some phones write it
    assert zheng.mobile == "+8613900007777" and zheng.email == "zhengqiang@example.cn"


def test_vcard_30_folded_lines_departments_typed_phones(services: Services) -> None:
    contacts = imported(services, "vcard30.vcf")
    he = contacts["何静"]
    assert he.department == "设备部 / 维修科" and he.title == "设备部部长"
    assert he.mobile == "+8618611112222" and he.other_phone == "+861088886666"
    assert he.email == "hejing@bfzg.com.cn"
    assert "所以被折行了" in he.remarks and "EMAIL: hejing@163.com" in he.remarks
    assert he.tags == ("客户", "重点")
    assert "Ming Gao" in contacts  # N without FN, PHOTO by URI ignored


def test_vcard_40_uri_phones_and_fn_without_n(services: Services) -> None:
    contacts = imported(services, "vcard40.vcf")
    lin = contacts["Lin Tao"]
    assert lin.mobile == "+8613577778888" and lin.other_phone == "+862087654321"
    assert (lin.company_name, lin.department) == ("Pacific Trading Ltd", "Procurement")


def test_a_broken_card_is_a_reported_row_not_a_failed_file(services: Services) -> None:
    table = services.importing.read(FIXTURES / "broken.vcf")
    plan = services.importing.plan(table)
    assert [(r.row, r.action) for r in plan.rows] == [(1, Action.CREATE), (2, Action.ERROR), (3, Action.CREATE)]
    assert plan.rows[1].problems[0].reason == "unreadable"
    assert plan.rows[1].problems[0].column == "line 6"


def test_companies_only_csv(services: Services) -> None:
    table = services.importing.read(FIXTURES / "companies.csv")
    result = services.importing.apply(table)
    assert result.companies_created == 3 and result.created == 3
    steel = services.companies.find_by_name("华东钢铁有限公司")
    assert steel is not None and (steel.industry, steel.region, steel.website) == ("钢铁", "华东", "www.hdsteel.cn")
    assert services.contacts.list() == []


def test_format_comes_from_the_content_not_the_name(tmp_path: Path) -> None:
    disguised = tmp_path / "contacts.csv"
    disguised.write_bytes((FIXTURES / "vcard30.vcf").read_bytes())
    assert read_table(disguised).format == "vcard"
    csv_as_txt = tmp_path / "export.txt"
    csv_as_txt.write_bytes((FIXTURES / "contacts_gbk.csv").read_bytes())
    assert read_table(csv_as_txt).format == "csv"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n", "empty"),
        (b"PK\x03\x04" + bytes(100), "spreadsheet"),
        (b"SQLite format 3\x00" + bytes(100), "binary"),
        (b"Name,Mobile\r\n", "no_rows"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ImportUnreadable) as info:
        parse_bytes(data)
    assert info.value.reason == reason


def test_utf16_text_from_excel_is_read() -> None:
    table = parse_bytes("姓名\t手机\n孔明\t13800001234\n".encode("utf-16"))
    assert table.rows == (("孔明", "13800001234"),) and table.delimiter == "\t"


def test_excels_sep_line_sets_the_delimiter() -> None:
    table = parse_bytes("sep=;\r\n姓名;手机;公司\r\n孔明;13800001234;蜀汉科技, 成都\r\n".encode())
    assert table.delimiter == ";" and table.headers == ("姓名", "手机", "公司")
    assert table.rows == (("孔明", "13800001234", "蜀汉科技, 成都"),) and table.row_numbers == (2,)


def test_delimiter_falls_back_to_the_header_when_sniffing_fails() -> None:
    assert sniff_delimiter("Name;Mobile\n") == ";"
    assert sniff_delimiter("just one column\n") == ","


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["姓名", "手机", "公司", "职位", "邮箱", "微信"], ("name", "mobile", "company", "title", "email", "wechat")),
        (
            ["Name", "Mobile", "Company", "Title", "Email", "WeChat"],
            ("name", "mobile", "company", "title", "email", "wechat"),
        ),
        (["Phone", "Mobile Phone"], ("other_phone", "mobile")),
        (["E-mail Address", "email"], ("email", "")),
        (["Favourite colour"], ("",)),
    ],
)
def test_headers_are_mapped_in_english_and_chinese(headers, expected) -> None:
    assert suggest_mapping(headers) == expected
