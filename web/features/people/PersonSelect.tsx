import { useState } from 'react';
import { Select } from 'antd';
import { usePersons } from './api.js';

/** Picks a person by name (or exact ID number); shows the masked number to tell namesakes apart. */
export function PersonSelect({
  value,
  onChange,
  placeholder,
  kind,
}: {
  value?: string;
  onChange?: (v: string) => void;
  placeholder?: string;
  kind?: 'student' | 'staff' | 'social';
}) {
  const [keyword, setKeyword] = useState('');
  const isId = /^[0-9A-Za-z]{15,18}$/.test(keyword);
  const { data, isFetching } = usePersons({
    page: 1,
    pageSize: 20,
    kind,
    ...(isId ? { idNumber: keyword } : keyword ? { keyword } : {}),
  });
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      placeholder={placeholder ?? '输入姓名或证件号码查找'}
      filterOption={false}
      onSearch={setKeyword}
      loading={isFetching}
      notFoundContent={isFetching ? '查找中…' : '没有找到，请先在“人员信息”中登记'}
      options={(data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.name}（${p.idMasked}${p.collegeName ? '，' + p.collegeName : ''}）`,
      }))}
    />
  );
}
