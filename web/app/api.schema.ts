/**
 * Generated from the server's OpenAPI document (/api/openapi.json) by openapi-typescript: do not edit.
 * Regenerate with `npm run api:types`; server/test/api-types.test.ts fails while this file is stale.
 */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 健康检查 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              database: 'pglite' | 'postgres';
              migrations: number;
              /** @enum {string} */
              mode: 'demo' | 'production';
              /** @enum {string} */
              status: 'ok';
              time: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 报名审核列表 */
    get: {
      parameters: {
        query?: {
          batchId?: string & string;
          collegeId?: string & string;
          eligible?: (boolean | ('true' | 'false' | 'manual')) | null;
          keyword?: string;
          level?: number;
          page?: number;
          pageSize?: number;
          status?: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                batchTitle: string;
                className: string | null;
                code: string;
                collegeId: string | null;
                collegeName: string | null;
                eligibilitySummary: string;
                eligible: boolean | null;
                feeDue: number;
                /** @enum {string} */
                feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
                id: string;
                idMasked: string;
                level: number;
                name: string;
                occupationName: string;
                /** @enum {string|null} */
                onlyPart: 'theory' | 'skill' | null;
                personId: string;
                /** @enum {string|null} */
                rejectedStage: 'candidate' | 'college' | 'centre' | null;
                /** @enum {string} */
                source: 'portal' | 'import';
                /** @enum {string} */
                status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
                studentNumber: string | null;
                submittedAt: string;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 报名详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              birthYear: number | null;
              can: {
                resubmit: boolean;
                review: boolean;
                unlock: boolean;
                withdraw: boolean;
              };
              className: string | null;
              code: string;
              collegeId: string | null;
              collegeName: string | null;
              decisions: {
                /** @enum {string} */
                action: 'submit' | 'resubmit' | 'approve' | 'reject' | 'unlock' | 'withdraw' | 'import';
                actorName: string;
                at: string;
                id: string;
                reason: string | null;
                roleName: string;
                /** @enum {string} */
                stage: 'candidate' | 'college' | 'centre';
              }[];
              educationLevel: string | null;
              eligibility: {
                at: string;
                highest: number | null;
                levels: {
                  eligible: boolean;
                  level: number;
                  manual?: boolean;
                  name: string;
                  reasons: {
                    ok: boolean;
                    rule: string;
                    text: string;
                  }[];
                }[];
                notes: string[];
                reasons: {
                  ok: boolean;
                  rule: string;
                  text: string;
                }[];
              } | null;
              eligibilitySummary: string;
              eligible: boolean | null;
              evidence: {
                /** Format: uuid */
                fileId: string & string;
                /** @enum {string} */
                kind: 'id_card' | 'x_certificate' | 'title_certificate' | 'transcript' | 'contest' | 'other';
                name: string;
              }[];
              feeDue: number;
              /** @enum {string} */
              feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
              form: {
                address?: string | null;
                currentCertificate?: string | null;
                education?: string | null;
                major?: string | null;
                note?: string | null;
                phone?: string & string;
                postcode?: ((string & string) | null) | '';
                resume?: string | null;
                school?: string | null;
                workUnit?: string | null;
                yearsOfWork?: number | null;
              };
              gender: string;
              id: string;
              idMasked: string;
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              level: number;
              major: string | null;
              method: string;
              name: string;
              occupationName: string;
              /** @enum {string|null} */
              onlyPart: 'theory' | 'skill' | null;
              personId: string;
              photoFileId: string | null;
              /** @enum {string|null} */
              rejectedStage: 'candidate' | 'college' | 'centre' | null;
              /** @enum {string} */
              source: 'portal' | 'import';
              /** @enum {string} */
              status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
              studentNumber: string | null;
              submittedAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 报名照片或证明材料 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/form.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 打印职业技能等级认定备案表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 解除审核通过的锁定 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              birthYear: number | null;
              can: {
                resubmit: boolean;
                review: boolean;
                unlock: boolean;
                withdraw: boolean;
              };
              className: string | null;
              code: string;
              collegeId: string | null;
              collegeName: string | null;
              decisions: {
                /** @enum {string} */
                action: 'submit' | 'resubmit' | 'approve' | 'reject' | 'unlock' | 'withdraw' | 'import';
                actorName: string;
                at: string;
                id: string;
                reason: string | null;
                roleName: string;
                /** @enum {string} */
                stage: 'candidate' | 'college' | 'centre';
              }[];
              educationLevel: string | null;
              eligibility: {
                at: string;
                highest: number | null;
                levels: {
                  eligible: boolean;
                  level: number;
                  manual?: boolean;
                  name: string;
                  reasons: {
                    ok: boolean;
                    rule: string;
                    text: string;
                  }[];
                }[];
                notes: string[];
                reasons: {
                  ok: boolean;
                  rule: string;
                  text: string;
                }[];
              } | null;
              eligibilitySummary: string;
              eligible: boolean | null;
              evidence: {
                /** Format: uuid */
                fileId: string & string;
                /** @enum {string} */
                kind: 'id_card' | 'x_certificate' | 'title_certificate' | 'transcript' | 'contest' | 'other';
                name: string;
              }[];
              feeDue: number;
              /** @enum {string} */
              feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
              form: {
                address?: string | null;
                currentCertificate?: string | null;
                education?: string | null;
                major?: string | null;
                note?: string | null;
                phone?: string & string;
                postcode?: ((string & string) | null) | '';
                resume?: string | null;
                school?: string | null;
                workUnit?: string | null;
                yearsOfWork?: number | null;
              };
              gender: string;
              id: string;
              idMasked: string;
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              level: number;
              major: string | null;
              method: string;
              name: string;
              occupationName: string;
              /** @enum {string|null} */
              onlyPart: 'theory' | 'skill' | null;
              personId: string;
              photoFileId: string | null;
              /** @enum {string|null} */
              rejectedStage: 'candidate' | 'college' | 'centre' | null;
              /** @enum {string} */
              source: 'portal' | 'import';
              /** @enum {string} */
              status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
              studentNumber: string | null;
              submittedAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/recheck': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新判断报名资格 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            batchId: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: number;
              count: number;
              eligible: number;
              notEligible: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批量审核（学院初审 / 中心复审） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'approve' | 'reject';
            filter?: {
              /** Format: uuid */
              batchId?: string & string;
              /** Format: uuid */
              collegeId?: string & string;
              eligible?: (boolean | ('true' | 'false' | 'manual')) | null;
              keyword?: string;
              level?: number;
              /** @enum {string} */
              status?: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
            };
            ids?: (string & string)[];
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
              ids: string[];
              /** @enum {string} */
              status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记聘书/聘任合同 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            endDate: string;
            /** Format: uuid */
            fileId?: (string & string) | null;
            letterNumber?: string | null;
            note?: string | null;
            /** Format: uuid */
            personId: string & string;
            /** @enum {string} */
            role: 'examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff';
            startDate: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              endDate: string;
              fileId: string | null;
              id: string;
              letterNumber: string | null;
              note: string | null;
              personId: string;
              /** @enum {string} */
              role: 'examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff';
              startDate: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appraisals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考评员年度考核（按年度） */
    get: {
      parameters: {
        query: {
          keyword?: string;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                attendedCount: number;
                average: number | null;
                certificateNumber: string;
                dismissed: boolean;
                /** @enum {string} */
                examinerGrade: 'standard' | 'senior';
                examinerId: string;
                finalized: boolean;
                /** @enum {string} */
                grade: 'excellent' | 'good' | 'pass' | 'fail';
                idMasked: string;
                missedCount: number;
                name: string;
                personId: string;
                reason: string | null;
                scores: {
                  attended: boolean;
                  batchDate: string;
                  batchRef: string;
                  id: string;
                  note: string | null;
                  score: number | null;
                  weight: number;
                }[];
                year: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appraisals/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出考评人员年度考核评议表 */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appraisals/finalize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确定年度考核等次（聘期内两年不合格者解聘） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dismissed: {
                examinerId: string;
                name: string;
              }[];
              finalized: number;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appraisals/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记批次认定分数或缺席 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            attended: boolean;
            batchDate: string;
            batchRef: string;
            /** Format: uuid */
            examinerId: string & string;
            note?: string | null;
            score?: number | null;
            /** @default 1 */
            weight?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attended: boolean;
              batchDate: string;
              batchRef: string;
              id: string;
              note: string | null;
              score: number | null;
              weight: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次档案一览 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                closedOn: string | null;
                itemsComplete: number;
                itemsTotal: number;
                method: string;
                pendingRequests: number;
                state: string;
                stateName: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches/{batchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次档案清单 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              closedOn: string | null;
              closeRefusal: string | null;
              closing: {
                closedAt: string;
                closedByName: string | null;
                closedOn: string;
                documentCount: number | null;
                manifestSha256: string | null;
                packageSha256: string | null;
                retention: {
                  destroyedOn: string | null;
                  /** @enum {string} */
                  medium: 'paper' | 'electronic' | 'video';
                  mediumName: string;
                  until: string;
                }[];
                signatureKeyId: string | null;
              } | null;
              items: {
                basis: string;
                complete: boolean;
                documents: string[];
                entries: {
                  fileId: string | null;
                  fileName: string | null;
                  id: string;
                  itemKey: string;
                  location: string | null;
                  /** @enum {string} */
                  medium: 'paper' | 'electronic' | 'video';
                  mediumName: string;
                  note: string | null;
                  recordedAt: string;
                  recordedByName: string | null;
                }[];
                /** @enum {string} */
                key:
                  | 'notice'
                  | 'workplan'
                  | 'applications'
                  | 'records'
                  | 'supervision'
                  | 'video'
                  | 'course_scores'
                  | 'scores'
                  | 'results'
                  | 'certificates'
                  | 'complaints';
                name: string;
                productDetail: string;
                productReady: boolean;
                /** @enum {string} */
                source: 'product' | 'manual';
              }[];
              itemsComplete: number;
              itemsTotal: number;
              method: string;
              pendingRequests: number;
              requests: {
                applicant: string;
                batchId: string;
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                dueOn: string | null;
                id: string;
                /** @enum {string} */
                kind: 'borrow' | 'copy' | 'destroy';
                kindName: string;
                /** @enum {string} */
                medium: 'paper' | 'electronic' | 'video';
                mediumName: string;
                reason: string;
                requestedAt: string;
                requestedByName: string | null;
                returnedAt: string | null;
                /** @enum {string} */
                state: 'pending' | 'approved' | 'rejected' | 'returned';
                stateName: string;
              }[];
              state: string;
              stateName: string;
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches/{batchId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 归档（生成档案包） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              closedOn: string | null;
              closeRefusal: string | null;
              closing: {
                closedAt: string;
                closedByName: string | null;
                closedOn: string;
                documentCount: number | null;
                manifestSha256: string | null;
                packageSha256: string | null;
                retention: {
                  destroyedOn: string | null;
                  /** @enum {string} */
                  medium: 'paper' | 'electronic' | 'video';
                  mediumName: string;
                  until: string;
                }[];
                signatureKeyId: string | null;
              } | null;
              items: {
                basis: string;
                complete: boolean;
                documents: string[];
                entries: {
                  fileId: string | null;
                  fileName: string | null;
                  id: string;
                  itemKey: string;
                  location: string | null;
                  /** @enum {string} */
                  medium: 'paper' | 'electronic' | 'video';
                  mediumName: string;
                  note: string | null;
                  recordedAt: string;
                  recordedByName: string | null;
                }[];
                /** @enum {string} */
                key:
                  | 'notice'
                  | 'workplan'
                  | 'applications'
                  | 'records'
                  | 'supervision'
                  | 'video'
                  | 'course_scores'
                  | 'scores'
                  | 'results'
                  | 'certificates'
                  | 'complaints';
                name: string;
                productDetail: string;
                productReady: boolean;
                /** @enum {string} */
                source: 'product' | 'manual';
              }[];
              itemsComplete: number;
              itemsTotal: number;
              method: string;
              pendingRequests: number;
              requests: {
                applicant: string;
                batchId: string;
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                dueOn: string | null;
                id: string;
                /** @enum {string} */
                kind: 'borrow' | 'copy' | 'destroy';
                kindName: string;
                /** @enum {string} */
                medium: 'paper' | 'electronic' | 'video';
                mediumName: string;
                reason: string;
                requestedAt: string;
                requestedByName: string | null;
                returnedAt: string | null;
                /** @enum {string} */
                state: 'pending' | 'approved' | 'rejected' | 'returned';
                stateName: string;
              }[];
              state: string;
              stateName: string;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches/{batchId}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记档案材料（上传文件或填写存放位置） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            entryNote?: string | null;
            /** Format: uuid */
            fileId?: string | null;
            /** @enum {string} */
            itemKey:
              | 'notice'
              | 'workplan'
              | 'applications'
              | 'records'
              | 'supervision'
              | 'video'
              | 'course_scores'
              | 'scores'
              | 'results'
              | 'certificates'
              | 'complaints';
            /** @enum {string} */
            medium: 'paper' | 'electronic' | 'video';
            storageLocation?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              closedOn: string | null;
              closeRefusal: string | null;
              closing: {
                closedAt: string;
                closedByName: string | null;
                closedOn: string;
                documentCount: number | null;
                manifestSha256: string | null;
                packageSha256: string | null;
                retention: {
                  destroyedOn: string | null;
                  /** @enum {string} */
                  medium: 'paper' | 'electronic' | 'video';
                  mediumName: string;
                  until: string;
                }[];
                signatureKeyId: string | null;
              } | null;
              items: {
                basis: string;
                complete: boolean;
                documents: string[];
                entries: {
                  fileId: string | null;
                  fileName: string | null;
                  id: string;
                  itemKey: string;
                  location: string | null;
                  /** @enum {string} */
                  medium: 'paper' | 'electronic' | 'video';
                  mediumName: string;
                  note: string | null;
                  recordedAt: string;
                  recordedByName: string | null;
                }[];
                /** @enum {string} */
                key:
                  | 'notice'
                  | 'workplan'
                  | 'applications'
                  | 'records'
                  | 'supervision'
                  | 'video'
                  | 'course_scores'
                  | 'scores'
                  | 'results'
                  | 'certificates'
                  | 'complaints';
                name: string;
                productDetail: string;
                productReady: boolean;
                /** @enum {string} */
                source: 'product' | 'manual';
              }[];
              itemsComplete: number;
              itemsTotal: number;
              method: string;
              pendingRequests: number;
              requests: {
                applicant: string;
                batchId: string;
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                dueOn: string | null;
                id: string;
                /** @enum {string} */
                kind: 'borrow' | 'copy' | 'destroy';
                kindName: string;
                /** @enum {string} */
                medium: 'paper' | 'electronic' | 'video';
                mediumName: string;
                reason: string;
                requestedAt: string;
                requestedByName: string | null;
                returnedAt: string | null;
                /** @enum {string} */
                state: 'pending' | 'approved' | 'rejected' | 'returned';
                stateName: string;
              }[];
              state: string;
              stateName: string;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches/{batchId}/entries/{entryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除档案登记 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          entryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              closedOn: string | null;
              closeRefusal: string | null;
              closing: {
                closedAt: string;
                closedByName: string | null;
                closedOn: string;
                documentCount: number | null;
                manifestSha256: string | null;
                packageSha256: string | null;
                retention: {
                  destroyedOn: string | null;
                  /** @enum {string} */
                  medium: 'paper' | 'electronic' | 'video';
                  mediumName: string;
                  until: string;
                }[];
                signatureKeyId: string | null;
              } | null;
              items: {
                basis: string;
                complete: boolean;
                documents: string[];
                entries: {
                  fileId: string | null;
                  fileName: string | null;
                  id: string;
                  itemKey: string;
                  location: string | null;
                  /** @enum {string} */
                  medium: 'paper' | 'electronic' | 'video';
                  mediumName: string;
                  note: string | null;
                  recordedAt: string;
                  recordedByName: string | null;
                }[];
                /** @enum {string} */
                key:
                  | 'notice'
                  | 'workplan'
                  | 'applications'
                  | 'records'
                  | 'supervision'
                  | 'video'
                  | 'course_scores'
                  | 'scores'
                  | 'results'
                  | 'certificates'
                  | 'complaints';
                name: string;
                productDetail: string;
                productReady: boolean;
                /** @enum {string} */
                source: 'product' | 'manual';
              }[];
              itemsComplete: number;
              itemsTotal: number;
              method: string;
              pendingRequests: number;
              requests: {
                applicant: string;
                batchId: string;
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                dueOn: string | null;
                id: string;
                /** @enum {string} */
                kind: 'borrow' | 'copy' | 'destroy';
                kindName: string;
                /** @enum {string} */
                medium: 'paper' | 'electronic' | 'video';
                mediumName: string;
                reason: string;
                requestedAt: string;
                requestedByName: string | null;
                returnedAt: string | null;
                /** @enum {string} */
                state: 'pending' | 'approved' | 'rejected' | 'returned';
                stateName: string;
              }[];
              state: string;
              stateName: string;
              title: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches/{batchId}/package.zip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载档案包（ZIP） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches/{batchId}/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记借阅、复制或销毁申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            applicant: string;
            dueOn?: string | null;
            /** @enum {string} */
            kind: 'borrow' | 'copy' | 'destroy';
            /** @enum {string} */
            medium: 'paper' | 'electronic' | 'video';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicant: string;
              batchId: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              dueOn: string | null;
              id: string;
              /** @enum {string} */
              kind: 'borrow' | 'copy' | 'destroy';
              kindName: string;
              /** @enum {string} */
              medium: 'paper' | 'electronic' | 'video';
              mediumName: string;
              reason: string;
              requestedAt: string;
              requestedByName: string | null;
              returnedAt: string | null;
              /** @enum {string} */
              state: 'pending' | 'approved' | 'rejected' | 'returned';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches/{batchId}/requests/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审批借阅、复制或销毁申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approve: boolean;
            decisionNote?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicant: string;
              batchId: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              dueOn: string | null;
              id: string;
              /** @enum {string} */
              kind: 'borrow' | 'copy' | 'destroy';
              kindName: string;
              /** @enum {string} */
              medium: 'paper' | 'electronic' | 'video';
              mediumName: string;
              reason: string;
              requestedAt: string;
              requestedByName: string | null;
              returnedAt: string | null;
              /** @enum {string} */
              state: 'pending' | 'approved' | 'rejected' | 'returned';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/batches/{batchId}/requests/{requestId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记借阅归还 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicant: string;
              batchId: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              dueOn: string | null;
              id: string;
              /** @enum {string} */
              kind: 'borrow' | 'copy' | 'destroy';
              kindName: string;
              /** @enum {string} */
              medium: 'paper' | 'electronic' | 'video';
              mediumName: string;
              reason: string;
              requestedAt: string;
              requestedByName: string | null;
              returnedAt: string | null;
              /** @enum {string} */
              state: 'pending' | 'approved' | 'rejected' | 'returned';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/archives/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 档案保存年限 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              electronicYears: number;
              paperYears: number;
              videoYears: number;
            };
          };
        };
      };
    };
    /** 设置档案保存年限 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            electronicYears: number;
            paperYears: number;
            videoYears: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              electronicYears: number;
              paperYears: number;
              videoYears: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/{batchId}/lots.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 监考人员抽签记录（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/{batchId}/plan.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定计划（含考场、监考、考评、督导安排，PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/{batchId}/plan.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定计划（含考场、监考、考评、督导安排，Excel） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/{batchId}/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 打印：考场与准考证概况 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approvalNumber: string | null;
              batchId: string;
              batchTitle: string;
              missingPhotos: {
                applicationId: string;
                collegeName: string | null;
                idTail: string;
                name: string;
              }[];
              published: boolean;
              sittings: {
                id: string;
                label: string;
                rooms: {
                  candidateCount: number;
                  roomId: string;
                  roomName: string;
                  roomNo: number;
                  siteName: string;
                }[];
              }[];
              ticketsBlocked: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/{batchId}/sittings/{sittingId}/rooms/{roomId}/{document}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 打印考场门贴、座位表或签到表（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
          document: 'door.pdf' | 'seats.pdf' | 'signin.pdf';
          roomId: string & string;
          sittingId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/{batchId}/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批量打印准考证（后台任务，按考场或按学院） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default false */
            confirmMissingPhotos?: boolean;
            /**
             * @default room
             * @enum {string}
             */
            groupBy?: 'room' | 'college';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/batches/{batchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次的当前编排 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              run: {
                batches: {
                  id: string;
                  state: string;
                  title: string;
                }[];
                createdAt: string;
                edits: {
                  at: string;
                  by: string;
                  text: string;
                }[];
                firstDay: string;
                id: string;
                inputHash: string;
                lots: {
                  draws: {
                    name: string;
                    order: number;
                    roomName: string;
                  }[];
                  seed: string;
                  sittingId: string;
                }[];
                publishBlockers: {
                  rule: string;
                  text: string;
                }[];
                publishedAt: string | null;
                seed: string;
                sittings: {
                  batchId: string;
                  candidateCount: number;
                  changedRequired: number;
                  day: string;
                  endsAt: string;
                  examiners: {
                    changed: boolean;
                    id: string;
                    leader: boolean;
                    name: string;
                  }[];
                  examStaff: {
                    id: string;
                    name: string;
                  }[];
                  id: string;
                  kind: string;
                  label: string;
                  modules: {
                    examiners: {
                      id: string;
                      name: string;
                    }[];
                    name: string;
                  }[];
                  rooms: {
                    candidateCount: number;
                    capacity: number;
                    proctors: {
                      id: string;
                      name: string;
                    }[];
                    roomId: string;
                    roomName: string;
                    seats: {
                      applicationId: string;
                      collegeName: string | null;
                      level: number;
                      name: string;
                      seat: number;
                      ticketNumber: string | null;
                    }[];
                  }[];
                  siteHeads: {
                    id: string;
                    name: string;
                  }[];
                  siteId: string;
                  siteName: string;
                  startsAt: string;
                  supervisors: {
                    id: string;
                    name: string;
                  }[];
                }[];
                staff: {
                  duties: string[];
                  id: string;
                  name: string;
                }[];
                /** @enum {string} */
                status: 'draft' | 'published';
                summary: {
                  candidates: number;
                  roomsLowerBound: number;
                  roomsUsed: number;
                  staffCount: number;
                  withinOneShare: number;
                  workloadAverage: number;
                  workloadMax: number;
                  workloadMin: number;
                };
                unmet: {
                  fix: string;
                  message: string;
                  rule: string;
                  sittingId: string;
                  sittingLabel: string;
                }[];
                updatedAt: string;
                visibleFrom: string | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 自动编排（考场、座位、监考、考点工作人员、考评组） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            batchIds: (string & string)[];
            seed?: string | null;
            sittings?:
              | {
                  equipment?: string[] | null;
                  extraSiteIds?: (string & string)[] | null;
                  /** @enum {string|null} */
                  roomKind?: 'theory' | 'computer' | 'skill' | null;
                  /** Format: uuid */
                  siteId: string & string;
                  /** Format: uuid */
                  sittingId: string & string;
                }[]
              | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batches: {
                id: string;
                state: string;
                title: string;
              }[];
              createdAt: string;
              edits: {
                at: string;
                by: string;
                text: string;
              }[];
              firstDay: string;
              id: string;
              inputHash: string;
              lots: {
                draws: {
                  name: string;
                  order: number;
                  roomName: string;
                }[];
                seed: string;
                sittingId: string;
              }[];
              publishBlockers: {
                rule: string;
                text: string;
              }[];
              publishedAt: string | null;
              seed: string;
              sittings: {
                batchId: string;
                candidateCount: number;
                changedRequired: number;
                day: string;
                endsAt: string;
                examiners: {
                  changed: boolean;
                  id: string;
                  leader: boolean;
                  name: string;
                }[];
                examStaff: {
                  id: string;
                  name: string;
                }[];
                id: string;
                kind: string;
                label: string;
                modules: {
                  examiners: {
                    id: string;
                    name: string;
                  }[];
                  name: string;
                }[];
                rooms: {
                  candidateCount: number;
                  capacity: number;
                  proctors: {
                    id: string;
                    name: string;
                  }[];
                  roomId: string;
                  roomName: string;
                  seats: {
                    applicationId: string;
                    collegeName: string | null;
                    level: number;
                    name: string;
                    seat: number;
                    ticketNumber: string | null;
                  }[];
                }[];
                siteHeads: {
                  id: string;
                  name: string;
                }[];
                siteId: string;
                siteName: string;
                startsAt: string;
                supervisors: {
                  id: string;
                  name: string;
                }[];
              }[];
              staff: {
                duties: string[];
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              status: 'draft' | 'published';
              summary: {
                candidates: number;
                roomsLowerBound: number;
                roomsUsed: number;
                staffCount: number;
                withinOneShare: number;
                workloadAverage: number;
                workloadMax: number;
                workloadMin: number;
              };
              unmet: {
                fix: string;
                message: string;
                rule: string;
                sittingId: string;
                sittingLabel: string;
              }[];
              updatedAt: string;
              visibleFrom: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 编排结果 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batches: {
                id: string;
                state: string;
                title: string;
              }[];
              createdAt: string;
              edits: {
                at: string;
                by: string;
                text: string;
              }[];
              firstDay: string;
              id: string;
              inputHash: string;
              lots: {
                draws: {
                  name: string;
                  order: number;
                  roomName: string;
                }[];
                seed: string;
                sittingId: string;
              }[];
              publishBlockers: {
                rule: string;
                text: string;
              }[];
              publishedAt: string | null;
              seed: string;
              sittings: {
                batchId: string;
                candidateCount: number;
                changedRequired: number;
                day: string;
                endsAt: string;
                examiners: {
                  changed: boolean;
                  id: string;
                  leader: boolean;
                  name: string;
                }[];
                examStaff: {
                  id: string;
                  name: string;
                }[];
                id: string;
                kind: string;
                label: string;
                modules: {
                  examiners: {
                    id: string;
                    name: string;
                  }[];
                  name: string;
                }[];
                rooms: {
                  candidateCount: number;
                  capacity: number;
                  proctors: {
                    id: string;
                    name: string;
                  }[];
                  roomId: string;
                  roomName: string;
                  seats: {
                    applicationId: string;
                    collegeName: string | null;
                    level: number;
                    name: string;
                    seat: number;
                    ticketNumber: string | null;
                  }[];
                }[];
                siteHeads: {
                  id: string;
                  name: string;
                }[];
                siteId: string;
                siteName: string;
                startsAt: string;
                supervisors: {
                  id: string;
                  name: string;
                }[];
              }[];
              staff: {
                duties: string[];
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              status: 'draft' | 'published';
              summary: {
                candidates: number;
                roomsLowerBound: number;
                roomsUsed: number;
                staffCount: number;
                withinOneShare: number;
                workloadAverage: number;
                workloadMax: number;
                workloadMin: number;
              };
              unmet: {
                fix: string;
                message: string;
                rule: string;
                sittingId: string;
                sittingLabel: string;
              }[];
              updatedAt: string;
              visibleFrom: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/runs/{id}/edits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 手工调整（经规则校验） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** Format: uuid */
                applicationId: string & string;
                /** @enum {string} */
                kind: 'moveCandidate';
                /** Format: uuid */
                roomId: string & string;
                seat?: number | null;
                /** Format: uuid */
                sittingId: string & string;
              }
            | {
                /** Format: uuid */
                fromId: string & string;
                /** @enum {string} */
                kind: 'swapProctor';
                /** Format: uuid */
                roomId: string & string;
                /** Format: uuid */
                sittingId: string & string;
                /** Format: uuid */
                toId: string & string;
              }
            | {
                /** Format: uuid */
                fromId: string & string;
                /** @enum {string} */
                kind: 'replaceExaminer';
                /** Format: uuid */
                sittingId: string & string;
                /** Format: uuid */
                toId: string & string;
              }
            | {
                /** @enum {string} */
                kind: 'addExaminer';
                /** @default false */
                leader?: boolean;
                /** Format: uuid */
                sittingId: string & string;
                /** Format: uuid */
                staffId: string & string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batches: {
                id: string;
                state: string;
                title: string;
              }[];
              createdAt: string;
              edits: {
                at: string;
                by: string;
                text: string;
              }[];
              firstDay: string;
              id: string;
              inputHash: string;
              lots: {
                draws: {
                  name: string;
                  order: number;
                  roomName: string;
                }[];
                seed: string;
                sittingId: string;
              }[];
              publishBlockers: {
                rule: string;
                text: string;
              }[];
              publishedAt: string | null;
              seed: string;
              sittings: {
                batchId: string;
                candidateCount: number;
                changedRequired: number;
                day: string;
                endsAt: string;
                examiners: {
                  changed: boolean;
                  id: string;
                  leader: boolean;
                  name: string;
                }[];
                examStaff: {
                  id: string;
                  name: string;
                }[];
                id: string;
                kind: string;
                label: string;
                modules: {
                  examiners: {
                    id: string;
                    name: string;
                  }[];
                  name: string;
                }[];
                rooms: {
                  candidateCount: number;
                  capacity: number;
                  proctors: {
                    id: string;
                    name: string;
                  }[];
                  roomId: string;
                  roomName: string;
                  seats: {
                    applicationId: string;
                    collegeName: string | null;
                    level: number;
                    name: string;
                    seat: number;
                    ticketNumber: string | null;
                  }[];
                }[];
                siteHeads: {
                  id: string;
                  name: string;
                }[];
                siteId: string;
                siteName: string;
                startsAt: string;
                supervisors: {
                  id: string;
                  name: string;
                }[];
              }[];
              staff: {
                duties: string[];
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              status: 'draft' | 'published';
              summary: {
                candidates: number;
                roomsLowerBound: number;
                roomsUsed: number;
                staffCount: number;
                withinOneShare: number;
                workloadAverage: number;
                workloadMax: number;
                workloadMin: number;
              };
              unmet: {
                fix: string;
                message: string;
                rule: string;
                sittingId: string;
                sittingLabel: string;
              }[];
              updatedAt: string;
              visibleFrom: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/runs/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布编排（终检通过后） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batches: {
                id: string;
                state: string;
                title: string;
              }[];
              createdAt: string;
              edits: {
                at: string;
                by: string;
                text: string;
              }[];
              firstDay: string;
              id: string;
              inputHash: string;
              lots: {
                draws: {
                  name: string;
                  order: number;
                  roomName: string;
                }[];
                seed: string;
                sittingId: string;
              }[];
              publishBlockers: {
                rule: string;
                text: string;
              }[];
              publishedAt: string | null;
              seed: string;
              sittings: {
                batchId: string;
                candidateCount: number;
                changedRequired: number;
                day: string;
                endsAt: string;
                examiners: {
                  changed: boolean;
                  id: string;
                  leader: boolean;
                  name: string;
                }[];
                examStaff: {
                  id: string;
                  name: string;
                }[];
                id: string;
                kind: string;
                label: string;
                modules: {
                  examiners: {
                    id: string;
                    name: string;
                  }[];
                  name: string;
                }[];
                rooms: {
                  candidateCount: number;
                  capacity: number;
                  proctors: {
                    id: string;
                    name: string;
                  }[];
                  roomId: string;
                  roomName: string;
                  seats: {
                    applicationId: string;
                    collegeName: string | null;
                    level: number;
                    name: string;
                    seat: number;
                    ticketNumber: string | null;
                  }[];
                }[];
                siteHeads: {
                  id: string;
                  name: string;
                }[];
                siteId: string;
                siteName: string;
                startsAt: string;
                supervisors: {
                  id: string;
                  name: string;
                }[];
              }[];
              staff: {
                duties: string[];
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              status: 'draft' | 'published';
              summary: {
                candidates: number;
                roomsLowerBound: number;
                roomsUsed: number;
                staffCount: number;
                withinOneShare: number;
                workloadAverage: number;
                workloadMax: number;
                workloadMin: number;
              };
              unmet: {
                fix: string;
                message: string;
                rule: string;
                sittingId: string;
                sittingLabel: string;
              }[];
              updatedAt: string;
              visibleFrom: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arrangement/runs/{id}/sittings/{sittingId}/examiners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可增加或更换的考评员（不符合条件的列出原因） */
    get: {
      parameters: {
        query?: {
          replaceId?: string & string;
        };
        header?: never;
        path: {
          id: string & string;
          sittingId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                eligible: boolean;
                id: string;
                name: string;
                reasons: {
                  rule: string;
                  text: string;
                }[];
              }[];
              occupationName: string;
              sittingId: string;
              sittingLabel: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 自评记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                id: string;
                result: {
                  bonus: number;
                  maxTotal: number;
                  passed: boolean;
                  passMark: number;
                  points: number;
                  total: number;
                  unanswered: string[];
                  vetoFailures: string[];
                };
                scores: {
                  itemId: string;
                  note: string | null;
                  ok: boolean | null;
                  points: number | null;
                }[];
                title: string;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建自评 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            scores: {
              itemId: string;
              note?: string | null;
              ok?: boolean | null;
              points?: number | null;
            }[];
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              id: string;
              result: {
                bonus: number;
                maxTotal: number;
                passed: boolean;
                passMark: number;
                points: number;
                total: number;
                unanswered: string[];
                vetoFailures: string[];
              };
              scores: {
                itemId: string;
                note: string | null;
                ok: boolean | null;
                points: number | null;
              }[];
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 自评详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              id: string;
              result: {
                bonus: number;
                maxTotal: number;
                passed: boolean;
                passMark: number;
                points: number;
                total: number;
                unanswered: string[];
                vetoFailures: string[];
              };
              scores: {
                itemId: string;
                note: string | null;
                ok: boolean | null;
                points: number | null;
              }[];
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** 修改自评 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            scores: {
              itemId: string;
              note?: string | null;
              ok?: boolean | null;
              points?: number | null;
            }[];
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              id: string;
              result: {
                bonus: number;
                maxTotal: number;
                passed: boolean;
                passMark: number;
                points: number;
                total: number;
                unanswered: string[];
                vetoFailures: string[];
              };
              scores: {
                itemId: string;
                note: string | null;
                ok: boolean | null;
                points: number | null;
              }[];
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/sheet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 备案技术评估评分表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                content: string;
                id: string;
                /** @enum {string} */
                kind: 'points' | 'veto' | 'bonus';
                maxPoints: number;
                method: string | null;
                project: string;
                seq: number;
                standard: string;
                subItem: string;
              }[];
              maxTotal: number;
              passMark: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查询审计日志 */
    get: {
      parameters: {
        query?: {
          action?: string;
          actor?: string;
          entity?: string;
          entityId?: string;
          from?: string;
          page?: number;
          pageSize?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                action: string;
                actionName: string;
                actorId: string | null;
                actorName: string | null;
                actorRole: string | null;
                after: unknown;
                at: string;
                before: unknown;
                entity: string;
                entityId: string | null;
                entityName: string;
                hash: string;
                ip: string | null;
                objectLabel: string | null;
                seq: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 立即签署审计日志检查点 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checkpoint: {
                at: string;
                keyId: string;
                problem: string | null;
                seq: number;
                verified: boolean;
              } | null;
              headSeq: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/checkpoints/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载审计日志检查点文件（JSON Lines） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/checkpoints/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志最近的签名检查点及其校验结果 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checkpoint: {
                at: string;
                keyId: string;
                problem: string | null;
                seq: number;
                verified: boolean;
              } | null;
              headSeq: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/entities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计对象类型 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导出审计日志（后台任务） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            action?: string;
            actor?: string;
            entity?: string;
            entityId?: string;
            from?: string;
            to?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              centre: {
                isDemo: boolean;
                name: string;
                shortName: string;
              } | null;
              csrfToken: string;
              idleMinutes: number;
              user: {
                collegeId: string | null;
                collegeName: string | null;
                displayName: string;
                id: string;
                mustChangePassword: boolean;
                /** @enum {string} */
                role:
                  | 'admin'
                  | 'centre_head'
                  | 'exam_admin'
                  | 'college_clerk'
                  | 'examiner'
                  | 'supervisor'
                  | 'finance'
                  | 'bank_admin'
                  | 'expert'
                  | 'proctor'
                  | 'candidate';
                roleName: string;
                username: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前用户 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              centre: {
                isDemo: boolean;
                name: string;
                shortName: string;
              } | null;
              csrfToken: string;
              idleMinutes: number;
              user: {
                collegeId: string | null;
                collegeName: string | null;
                displayName: string;
                id: string;
                mustChangePassword: boolean;
                /** @enum {string} */
                role:
                  | 'admin'
                  | 'centre_head'
                  | 'exam_admin'
                  | 'college_clerk'
                  | 'examiner'
                  | 'supervisor'
                  | 'finance'
                  | 'bank_admin'
                  | 'expert'
                  | 'proctor'
                  | 'candidate';
                roleName: string;
                username: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改密码 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定批次列表（二级学院只看到本学院） */
    get: {
      parameters: {
        query?: {
          code?: string;
          collegeId?: string;
          from?: string;
          keyword?: string;
          state?: 'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                approvalDate: string | null;
                approvalNumber: string | null;
                capacity: number;
                code: string;
                collegeId: string;
                collegeName: string;
                deadlineError: string | null;
                edition: string;
                fee: number;
                firstSittingDay: string | null;
                id: string;
                jobName: string | null;
                leadDays: number;
                levels: number[];
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                noticePublishedAt: string | null;
                occupationName: string;
                registrationClosesOn: string;
                registrationOpensOn: string;
                registrationPlace: string | null;
                semesterPlanId: string | null;
                sittings: {
                  day: string;
                  endsAt: string;
                  id: string;
                  /** @enum {string} */
                  kind: 'theory' | 'skill' | 'review';
                  modules: string[];
                  place: string;
                  startsAt: string;
                }[];
                standard: string | null;
                /** @enum {string} */
                state:
                  'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
                submissionDeadline: string | null;
                submissionWarning: string | null;
                submittedLate: boolean;
                submittedOn: string | null;
                title: string;
                updatedAt: string;
                zhoukouCourseVariant: boolean;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建认定批次（草稿） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            applicants?: string | null;
            capacity: number;
            code: string;
            /** Format: uuid */
            collegeId: string;
            conditions?: string | null;
            /** @enum {string} */
            edition: '2015' | '2022';
            fee: number;
            jobName?: string | null;
            levels: number[];
            /** @enum {string} */
            method: 'exam' | 'direct' | 'process' | 'contest';
            registrationClosesOn: string;
            registrationOpensOn: string;
            registrationPlace?: string | null;
            /** Format: uuid */
            semesterPlanId?: string | null;
            sittings: {
              day: string;
              endsAt: string;
              /** @enum {string} */
              kind: 'theory' | 'skill' | 'review';
              modules?: string[];
              place: string;
              startsAt: string;
            }[];
            standard?: string | null;
            title: string;
            /** @default false */
            zhoukouCourseVariant?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string | null;
              approvalDate: string | null;
              approvalNumber: string | null;
              capacity: number;
              code: string;
              collegeId: string;
              collegeName: string;
              conditions: string | null;
              deadlineError: string | null;
              edition: string;
              fee: number;
              firstSittingDay: string | null;
              id: string;
              jobName: string | null;
              leadDays: number;
              levels: number[];
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              noticePublishedAt: string | null;
              occupationName: string;
              registrationClosesOn: string;
              registrationOpensOn: string;
              registrationPlace: string | null;
              semesterPlanId: string | null;
              sittings: {
                day: string;
                endsAt: string;
                id: string;
                /** @enum {string} */
                kind: 'theory' | 'skill' | 'review';
                modules: string[];
                place: string;
                startsAt: string;
              }[];
              standard: string | null;
              /** @enum {string} */
              state:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              submissionDeadline: string | null;
              submissionWarning: string | null;
              submittedLate: boolean;
              submittedOn: string | null;
              title: string;
              transitions: {
                actorName: string;
                at: string;
                from: string;
                id: string;
                note: string | null;
                to: string;
              }[];
              updatedAt: string;
              zhoukouCourseVariant: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定批次详情（含报送截止日期） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string | null;
              approvalDate: string | null;
              approvalNumber: string | null;
              capacity: number;
              code: string;
              collegeId: string;
              collegeName: string;
              conditions: string | null;
              deadlineError: string | null;
              edition: string;
              fee: number;
              firstSittingDay: string | null;
              id: string;
              jobName: string | null;
              leadDays: number;
              levels: number[];
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              noticePublishedAt: string | null;
              occupationName: string;
              registrationClosesOn: string;
              registrationOpensOn: string;
              registrationPlace: string | null;
              semesterPlanId: string | null;
              sittings: {
                day: string;
                endsAt: string;
                id: string;
                /** @enum {string} */
                kind: 'theory' | 'skill' | 'review';
                modules: string[];
                place: string;
                startsAt: string;
              }[];
              standard: string | null;
              /** @enum {string} */
              state:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              submissionDeadline: string | null;
              submissionWarning: string | null;
              submittedLate: boolean;
              submittedOn: string | null;
              title: string;
              transitions: {
                actorName: string;
                at: string;
                from: string;
                id: string;
                note: string | null;
                to: string;
              }[];
              updatedAt: string;
              zhoukouCourseVariant: boolean;
            };
          };
        };
      };
    };
    /** 修改认定批次（仅草稿） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            applicants?: string | null;
            capacity: number;
            code: string;
            /** Format: uuid */
            collegeId: string;
            conditions?: string | null;
            /** @enum {string} */
            edition: '2015' | '2022';
            fee: number;
            jobName?: string | null;
            levels: number[];
            /** @enum {string} */
            method: 'exam' | 'direct' | 'process' | 'contest';
            registrationClosesOn: string;
            registrationOpensOn: string;
            registrationPlace?: string | null;
            /** Format: uuid */
            semesterPlanId?: string | null;
            sittings: {
              day: string;
              endsAt: string;
              /** @enum {string} */
              kind: 'theory' | 'skill' | 'review';
              modules?: string[];
              place: string;
              startsAt: string;
            }[];
            standard?: string | null;
            title: string;
            /** @default false */
            zhoukouCourseVariant?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string | null;
              approvalDate: string | null;
              approvalNumber: string | null;
              capacity: number;
              code: string;
              collegeId: string;
              collegeName: string;
              conditions: string | null;
              deadlineError: string | null;
              edition: string;
              fee: number;
              firstSittingDay: string | null;
              id: string;
              jobName: string | null;
              leadDays: number;
              levels: number[];
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              noticePublishedAt: string | null;
              occupationName: string;
              registrationClosesOn: string;
              registrationOpensOn: string;
              registrationPlace: string | null;
              semesterPlanId: string | null;
              sittings: {
                day: string;
                endsAt: string;
                id: string;
                /** @enum {string} */
                kind: 'theory' | 'skill' | 'review';
                modules: string[];
                place: string;
                startsAt: string;
              }[];
              standard: string | null;
              /** @enum {string} */
              state:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              submissionDeadline: string | null;
              submissionWarning: string | null;
              submittedLate: boolean;
              submittedOn: string | null;
              title: string;
              transitions: {
                actorName: string;
                at: string;
                from: string;
                id: string;
                note: string | null;
                to: string;
              }[];
              updatedAt: string;
              zhoukouCourseVariant: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记鉴定指导中心批复 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approvalDate: string;
            approvalNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string | null;
              approvalDate: string | null;
              approvalNumber: string | null;
              capacity: number;
              code: string;
              collegeId: string;
              collegeName: string;
              conditions: string | null;
              deadlineError: string | null;
              edition: string;
              fee: number;
              firstSittingDay: string | null;
              id: string;
              jobName: string | null;
              leadDays: number;
              levels: number[];
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              noticePublishedAt: string | null;
              occupationName: string;
              registrationClosesOn: string;
              registrationOpensOn: string;
              registrationPlace: string | null;
              semesterPlanId: string | null;
              sittings: {
                day: string;
                endsAt: string;
                id: string;
                /** @enum {string} */
                kind: 'theory' | 'skill' | 'review';
                modules: string[];
                place: string;
                startsAt: string;
              }[];
              standard: string | null;
              /** @enum {string} */
              state:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              submissionDeadline: string | null;
              submissionWarning: string | null;
              submittedLate: boolean;
              submittedOn: string | null;
              title: string;
              transitions: {
                actorName: string;
                at: string;
                from: string;
                id: string;
                note: string | null;
                to: string;
              }[];
              updatedAt: string;
              zhoukouCourseVariant: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/candidate-accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次考生账号（激活状态，按班级） */
    get: {
      parameters: {
        query?: {
          className?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              classes: {
                active: number;
                className: string;
                total: number;
              }[];
              className: string | null;
              items: {
                className: string;
                collegeName: string | null;
                issuedAt: string | null;
                name: string;
                personId: string;
                /** @enum {string} */
                state: 'pending' | 'active' | 'none';
                studentNumber: string | null;
                usedAt: string | null;
                userId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/candidate-accounts/sheet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载班级激活码单（PDF 或 Excel） */
    get: {
      parameters: {
        query: {
          className: string;
          format: 'pdf' | 'xlsx';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定通知（预览或已发布） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string;
              batchId: string;
              centreName: string;
              conditions: string;
              fee: string;
              levels: string;
              method: string;
              occupation: string;
              publishedAt: string | null;
              registrationPeriod: string;
              registrationPlace: string;
              sittings: {
                day: string;
                kind: string;
                place: string;
                time: string;
              }[];
              standard: string;
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/notice/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布认定通知 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string;
              batchId: string;
              centreName: string;
              conditions: string;
              fee: string;
              levels: string;
              method: string;
              occupation: string;
              publishedAt: string | null;
              registrationPeriod: string;
              registrationPlace: string;
              sittings: {
                day: string;
                kind: string;
                place: string;
                time: string;
              }[];
              standard: string;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次缴费情况与收入汇总 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              income: {
                countFree: number;
                countPaid: number;
                countRefunded: number;
                countUnpaid: number;
                net: number;
                paid: number;
                refunded: number;
              };
              items: {
                applicationId: string;
                collegeName: string | null;
                feeDue: number;
                /** @enum {string} */
                feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
                idMasked: string;
                level: number;
                paid: number;
                payments: {
                  amount: number;
                  applicationId: string;
                  createdAt: string;
                  id: string;
                  /** @enum {string} */
                  kind: 'payment' | 'refund';
                  /** @enum {string} */
                  method: 'cash' | 'wechat' | 'alipay' | 'bank' | 'card';
                  note: string | null;
                  paidOn: string;
                  receiptNumber: string;
                  recordedByName: string | null;
                }[];
                personName: string;
                refunded: number;
                studentNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/payments/xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出批次缴费明细（Excel） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/photos/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 照片批量导入（ZIP，按身份证号或学号命名） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bad: {
                file: string;
                reason: string;
              }[];
              duplicate: {
                file: string;
                reason: string;
              }[];
              imported: number;
              matched: {
                applicationId: string;
                /** @enum {string} */
                by: 'idNumber' | 'studentNumber';
                file: string;
                personName: string;
                size: number;
                warnings: string[];
              }[];
              unmatched: {
                file: string;
                reason: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/plan/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出认定计划（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/plan/xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出认定计划（Excel） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/roster/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入花名册（任何一行有错误则全部不导入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accountsCreated: number;
              applicationsCreated: number;
              batchId: string;
              eligible: number;
              fileId: string;
              initialPasswordNote: string;
              notEligible: number;
              personsCreated: number;
              personsUpdated: number;
              rows: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/roster/import-jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 以后台任务导入花名册（大文件用；结果与进度见任务） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/roster/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载花名册模板 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报送认定计划（草稿 → 已报备） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            submittedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string | null;
              approvalDate: string | null;
              approvalNumber: string | null;
              capacity: number;
              code: string;
              collegeId: string;
              collegeName: string;
              conditions: string | null;
              deadlineError: string | null;
              edition: string;
              fee: number;
              firstSittingDay: string | null;
              id: string;
              jobName: string | null;
              leadDays: number;
              levels: number[];
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              noticePublishedAt: string | null;
              occupationName: string;
              registrationClosesOn: string;
              registrationOpensOn: string;
              registrationPlace: string | null;
              semesterPlanId: string | null;
              sittings: {
                day: string;
                endsAt: string;
                id: string;
                /** @enum {string} */
                kind: 'theory' | 'skill' | 'review';
                modules: string[];
                place: string;
                startsAt: string;
              }[];
              standard: string | null;
              /** @enum {string} */
              state:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              submissionDeadline: string | null;
              submissionWarning: string | null;
              submittedLate: boolean;
              submittedOn: string | null;
              title: string;
              transitions: {
                actorName: string;
                at: string;
                from: string;
                id: string;
                note: string | null;
                to: string;
              }[];
              updatedAt: string;
              zhoukouCourseVariant: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batches/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 变更批次状态 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            /** @enum {string} */
            to: 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string | null;
              approvalDate: string | null;
              approvalNumber: string | null;
              capacity: number;
              code: string;
              collegeId: string;
              collegeName: string;
              conditions: string | null;
              deadlineError: string | null;
              edition: string;
              fee: number;
              firstSittingDay: string | null;
              id: string;
              jobName: string | null;
              leadDays: number;
              levels: number[];
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              noticePublishedAt: string | null;
              occupationName: string;
              registrationClosesOn: string;
              registrationOpensOn: string;
              registrationPlace: string | null;
              semesterPlanId: string | null;
              sittings: {
                day: string;
                endsAt: string;
                id: string;
                /** @enum {string} */
                kind: 'theory' | 'skill' | 'review';
                modules: string[];
                place: string;
                startsAt: string;
              }[];
              standard: string | null;
              /** @enum {string} */
              state:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              submissionDeadline: string | null;
              submissionWarning: string | null;
              submittedLate: boolean;
              submittedOn: string | null;
              title: string;
              transitions: {
                actorName: string;
                at: string;
                from: string;
                id: string;
                note: string | null;
                to: string;
              }[];
              updatedAt: string;
              zhoukouCourseVariant: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作日历（各年法定节假日与调休安排） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: {
                day: string;
                /** @enum {string} */
                kind: 'holiday' | 'workday';
                name: string;
              }[];
              source: string;
              updatedAt: string;
              year: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 录入或修改一年的法定节假日安排 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            days: {
              day: string;
              /** @enum {string} */
              kind: 'holiday' | 'workday';
              name: string;
            }[];
            source: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: {
                day: string;
                /** @enum {string} */
                kind: 'holiday' | 'workday';
                name: string;
              }[];
              source: string;
              updatedAt: string;
              year: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/compute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按工作日计算日期（之前 N 个工作日 / 之后 N 个工作日 / N 个工作日的期限） */
    get: {
      parameters: {
        query: {
          day: string;
          kind: 'before' | 'after' | 'period';
          n: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              day: string;
              /** @enum {string} */
              kind: 'before' | 'after' | 'period';
              n: number;
              next: string | null;
              result: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidate-accounts/{id}/activation-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新生成激活码（旧码作废） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                className: string;
                collegeName: string | null;
                issuedAt: string | null;
                name: string;
                personId: string;
                /** @enum {string} */
                state: 'pending' | 'active' | 'none';
                studentNumber: string | null;
                usedAt: string | null;
                userId: string;
              };
              code: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{personId}/bans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记禁考记录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            until: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{personId}/bans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改禁考记录 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string & string;
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            until: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    /** 删除禁考记录 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string & string;
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{personId}/contest-results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记竞赛成绩 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contest: string;
            edition: string;
            /** Format: uuid */
            evidenceFileId?: (string & string) | null;
            grantedLevel: number;
            occupationCode: string & string;
            rank?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{personId}/contest-results/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改竞赛成绩 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string & string;
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contest: string;
            edition: string;
            /** Format: uuid */
            evidenceFileId?: (string & string) | null;
            grantedLevel: number;
            occupationCode: string & string;
            rank?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    /** 删除竞赛成绩 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string & string;
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{personId}/excellent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 标记优秀中职毕业生 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            excellent: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{personId}/facts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考生的认定依据（1+X、竞赛、禁考、优秀毕业生） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{personId}/x-certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记1+X 证书 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateNumber?: string | null;
            edition: string;
            /** Format: uuid */
            evidenceFileId?: (string & string) | null;
            issuedOn: string;
            /** @enum {string} */
            level: 'elementary' | 'intermediate' | 'advanced';
            name: string;
            occupationCode: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{personId}/x-certificates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改1+X 证书 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string & string;
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateNumber?: string | null;
            edition: string;
            /** Format: uuid */
            evidenceFileId?: (string & string) | null;
            issuedOn: string;
            /** @enum {string} */
            level: 'elementary' | 'intermediate' | 'advanced';
            name: string;
            occupationCode: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    /** 删除1+X 证书 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string & string;
          personId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/editions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 职业分类大典版本 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
              edition: string;
              isDefault: boolean;
              name: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/jobs/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入工种（列：目录版本、职业编码、工种名称、等级） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              added: number;
              skipped: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/occupations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查询职业（按编码或名称，分版本） */
    get: {
      parameters: {
        query?: {
          edition?: '2015' | '2022';
          keyword?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                code: string;
                edition: string;
                id: string;
                jobCount: number | null;
                jobs: {
                  id: string;
                  levels: number[] | null;
                  name: string;
                  source: string | null;
                  sourceNote: string | null;
                }[];
                levels: number[] | null;
                levelsNote: string | null;
                marker: string | null;
                name: string;
                sourceNote: string | null;
                standardNotice: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/occupations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 职业详情（含工种） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              edition: string;
              id: string;
              jobCount: number | null;
              jobs: {
                id: string;
                levels: number[] | null;
                name: string;
                source: string | null;
                sourceNote: string | null;
              }[];
              levels: number[] | null;
              levelsNote: string | null;
              marker: string | null;
              name: string;
              sourceNote: string | null;
              standardNotice: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/occupations/{id}/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 添加工种 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            levels?: number[] | null;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              edition: string;
              id: string;
              jobCount: number | null;
              jobs: {
                id: string;
                levels: number[] | null;
                name: string;
                source: string | null;
                sourceNote: string | null;
              }[];
              levels: number[] | null;
              levelsNote: string | null;
              marker: string | null;
              name: string;
              sourceNote: string | null;
              standardNotice: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogue/occupations/{id}/levels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改国家职业技能标准规定的等级 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            levels: number[] | null;
            levelsNote?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              edition: string;
              id: string;
              jobCount: number | null;
              jobs: {
                id: string;
                levels: number[] | null;
                name: string;
                source: string | null;
                sourceNote: string | null;
              }[];
              levels: number[] | null;
              levelsNote: string | null;
              marker: string | null;
              name: string;
              sourceNote: string | null;
              standardNotice: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/centre': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定中心信息（含备案状态） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              assessmentPassMark: number;
              contact: string | null;
              contactTitle: string | null;
              creditCode: string | null;
              email: string | null;
              filing: {
                daysLeft: number | null;
                /** @enum {string} */
                status: 'none' | 'valid' | 'expiring' | 'expired';
                validUntil: string | null;
              };
              filingCode: string | null;
              filingDate: string | null;
              filingWarnDays: number;
              id: string;
              itSituation: string | null;
              legalRepresentative: string | null;
              legalRepresentativePhone: string | null;
              legalRepresentativeTitle: string | null;
              mobile: string | null;
              name: string;
              organisationStrengths: string | null;
              phone: string | null;
              previousCode: string | null;
              professionalStrengths: string | null;
              registrationAuthority: string | null;
              schoolAddress: string | null;
              schoolName: string | null;
              schoolNature: string | null;
              shortName: string;
              supervisingAuthority: string | null;
              type: string;
              updatedAt: string;
              website: string | null;
            };
          };
        };
      };
    };
    /** 修改认定中心信息 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string | null;
            assessmentPassMark?: number;
            contact?: string | null;
            contactTitle?: string | null;
            creditCode?: string | null;
            email?: ((string & string) | null) | '';
            filingCode?: string | null;
            filingDate?: string | null;
            filingWarnDays?: number;
            itSituation?: string | null;
            legalRepresentative?: string | null;
            legalRepresentativePhone?: string | null;
            legalRepresentativeTitle?: string | null;
            mobile?: ((string & string) | null) | '';
            name: string;
            organisationStrengths?: string | null;
            phone?: string | null;
            previousCode?: string | null;
            professionalStrengths?: string | null;
            registrationAuthority?: string | null;
            schoolAddress?: string | null;
            schoolName?: string | null;
            /** @enum {string|null} */
            schoolNature?: '公办' | '民办' | null;
            shortName: string;
            supervisingAuthority?: string | null;
            website?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              assessmentPassMark: number;
              contact: string | null;
              contactTitle: string | null;
              creditCode: string | null;
              email: string | null;
              filing: {
                daysLeft: number | null;
                /** @enum {string} */
                status: 'none' | 'valid' | 'expiring' | 'expired';
                validUntil: string | null;
              };
              filingCode: string | null;
              filingDate: string | null;
              filingWarnDays: number;
              id: string;
              itSituation: string | null;
              legalRepresentative: string | null;
              legalRepresentativePhone: string | null;
              legalRepresentativeTitle: string | null;
              mobile: string | null;
              name: string;
              organisationStrengths: string | null;
              phone: string | null;
              previousCode: string | null;
              professionalStrengths: string | null;
              registrationAuthority: string | null;
              schoolAddress: string | null;
              schoolName: string | null;
              schoolNature: string | null;
              shortName: string;
              supervisingAuthority: string | null;
              type: string;
              updatedAt: string;
              website: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/centre/regulations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 文件、规章制度清单 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              issuedOn: string | null;
              issuer: string | null;
              name: string;
            }[];
          };
        };
      };
    };
    /** 保存文件、规章制度清单（整表） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              issuedOn?: string | null;
              issuer?: string | null;
              name: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              issuedOn: string | null;
              issuer: string | null;
              name: string;
            }[];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/centre/venues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 场地情况 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              area: number | null;
              count: number;
              id: string;
              /** @enum {string} */
              kind: 'office' | 'theory' | 'skill';
              note: string | null;
              occupationId: string | null;
              occupationName: string | null;
              place: string;
            }[];
          };
        };
      };
    };
    /** 保存场地情况（整表） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              area?: number | null;
              count: number;
              /** @enum {string} */
              kind: 'office' | 'theory' | 'skill';
              note?: string | null;
              /** Format: uuid */
              occupationId?: (string & string) | null;
              place: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              area: number | null;
              count: number;
              id: string;
              /** @enum {string} */
              kind: 'office' | 'theory' | 'skill';
              note: string | null;
              occupationId: string | null;
              occupationName: string | null;
              place: string;
            }[];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              centre: string;
              id: string;
              idMasked: string;
              idTypeName: string;
              issueDate: string;
              job: string;
              level: number;
              levelName: string;
              name: string;
              number: string;
              occupation: string;
              reissueReason: string | null;
              replacedByNumber: string | null;
              replacesNumber: string | null;
              revokedAt: string | null;
              revokeReason: string | null;
              /** @enum {string} */
              state: 'valid' | 'suspended' | 'revoked' | 'replaced';
              stateName: string;
              suspendedAt: string | null;
              suspendReason: string | null;
              verifyUrl: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}/credential': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书的可验证凭证（W3C VC 2.0 / Open Badges 3.0，EdDSA 签名） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}/distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记证书发放（领取人、日期、签名） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            collectedOn: string;
            collectorName: string;
            /** Format: uuid */
            signatureFileId?: string | null;
            signatureName?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                certificateId: string;
                collectedOn: string;
                collectorName: string;
                createdAt: string;
                createdBy: string | null;
                holderName: string;
                id: string;
                number: string;
                signatureFileId: string | null;
                signatureName: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}/face.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 打印一本证书（PDF） */
    get: {
      parameters: {
        query?: {
          mode?: 'full' | 'overlay';
          printer?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 恢复暂停使用的证书（核查完毕，须填写原因） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reinstateReason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              centre: string;
              id: string;
              idMasked: string;
              idTypeName: string;
              issueDate: string;
              job: string;
              level: number;
              levelName: string;
              name: string;
              number: string;
              occupation: string;
              reissueReason: string | null;
              replacedByNumber: string | null;
              replacesNumber: string | null;
              revokedAt: string | null;
              revokeReason: string | null;
              /** @enum {string} */
              state: 'valid' | 'suspended' | 'revoked' | 'replaced';
              stateName: string;
              suspendedAt: string | null;
              suspendReason: string | null;
              verifyUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}/reissue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 补发证书（持证人申请、核对档案后登记） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reissueReason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              centre: string;
              id: string;
              idMasked: string;
              idTypeName: string;
              issueDate: string;
              job: string;
              level: number;
              levelName: string;
              name: string;
              number: string;
              occupation: string;
              reissueReason: string | null;
              replacedByNumber: string | null;
              replacesNumber: string | null;
              revokedAt: string | null;
              revokeReason: string | null;
              /** @enum {string} */
              state: 'valid' | 'suspended' | 'revoked' | 'replaced';
              stateName: string;
              suspendedAt: string | null;
              suspendReason: string | null;
              verifyUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销证书（须填写原因） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            revokeReason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              centre: string;
              id: string;
              idMasked: string;
              idTypeName: string;
              issueDate: string;
              job: string;
              level: number;
              levelName: string;
              name: string;
              number: string;
              occupation: string;
              reissueReason: string | null;
              replacedByNumber: string | null;
              replacesNumber: string | null;
              revokedAt: string | null;
              revokeReason: string | null;
              /** @enum {string} */
              state: 'valid' | 'suspended' | 'revoked' | 'replaced';
              stateName: string;
              suspendedAt: string | null;
              suspendReason: string | null;
              verifyUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 暂停使用证书（核查期间，须填写原因） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            suspendReason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              centre: string;
              id: string;
              idMasked: string;
              idTypeName: string;
              issueDate: string;
              job: string;
              level: number;
              levelName: string;
              name: string;
              number: string;
              occupation: string;
              reissueReason: string | null;
              replacedByNumber: string | null;
              replacesNumber: string | null;
              revokedAt: string | null;
              revokeReason: string | null;
              /** @enum {string} */
              state: 'valid' | 'suspended' | 'revoked' | 'replaced';
              stateName: string;
              suspendedAt: string | null;
              suspendReason: string | null;
              verifyUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书管理：成绩已确定的批次 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                finalAt: string | null;
                issued: number;
                occupation: string;
                passed: number;
                title: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches/{batchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次的证书：已核发与待核发 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              certificates: {
                batchId: string;
                centre: string;
                id: string;
                idMasked: string;
                idTypeName: string;
                issueDate: string;
                job: string;
                level: number;
                levelName: string;
                name: string;
                number: string;
                occupation: string;
                reissueReason: string | null;
                replacedByNumber: string | null;
                replacesNumber: string | null;
                revokedAt: string | null;
                revokeReason: string | null;
                /** @enum {string} */
                state: 'valid' | 'suspended' | 'revoked' | 'replaced';
                stateName: string;
                suspendedAt: string | null;
                suspendReason: string | null;
                verifyUrl: string;
              }[];
              finalAt: string | null;
              issued: number;
              occupation: string;
              passed: number;
              pending: {
                applicationId: string;
                idMasked: string;
                name: string;
              }[];
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches/{batchId}/distributions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书发放登记（本批次） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                certificateId: string;
                collectedOn: string;
                collectorName: string;
                createdAt: string;
                createdBy: string | null;
                holderName: string;
                id: string;
                number: string;
                signatureFileId: string | null;
                signatureName: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches/{batchId}/exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书数据上报（全国联网查询）：各版本及校验值 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: boolean;
              items: {
                createdAt: string;
                createdBy: string | null;
                id: string;
                rows: number;
                sha256: string;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 导出证书数据上报（数据有变化时生成新版本，旧版本保留） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: boolean;
              items: {
                createdAt: string;
                createdBy: string | null;
                id: string;
                rows: number;
                sha256: string;
                version: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches/{batchId}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入省平台分配的证书编号（先预览；确认时有错误则全部不导入） */
    post: {
      parameters: {
        query?: {
          confirm?: 'true' | 'false';
          issueDate?: string;
        };
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bad: number;
              confirmed: boolean;
              good: number;
              imported: number;
              rows: {
                certificateNumber: string;
                idMasked: string;
                issues: string[];
                levelName: string | null;
                name: string;
                row: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches/{batchId}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 核发证书（成绩合格且已确定的考生，每人一本，可重复执行） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            issueDate?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              detail: {
                batchId: string;
                certificates: {
                  batchId: string;
                  centre: string;
                  id: string;
                  idMasked: string;
                  idTypeName: string;
                  issueDate: string;
                  job: string;
                  level: number;
                  levelName: string;
                  name: string;
                  number: string;
                  occupation: string;
                  reissueReason: string | null;
                  replacedByNumber: string | null;
                  replacesNumber: string | null;
                  revokedAt: string | null;
                  revokeReason: string | null;
                  /** @enum {string} */
                  state: 'valid' | 'suspended' | 'revoked' | 'replaced';
                  stateName: string;
                  suspendedAt: string | null;
                  suspendReason: string | null;
                  verifyUrl: string;
                }[];
                finalAt: string | null;
                issued: number;
                occupation: string;
                passed: number;
                pending: {
                  applicationId: string;
                  idMasked: string;
                  name: string;
                }[];
                title: string;
              };
              issued: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches/{batchId}/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批量打印本批次证书（后台任务；无照片的证书列出、不打印） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstSerial?: number | null;
            /** @enum {string} */
            mode: 'full' | 'overlay';
            printer?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              jobId: string;
              printable: number;
              runId: string | null;
              withoutPhoto: {
                id: string;
                name: string;
                number: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches/{batchId}/register.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载证书核发名册（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/batches/{batchId}/register.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载证书核发名册（Excel） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/exports/{id}/file.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载证书数据上报表（与导出时的校验值一致） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/import/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载省平台证书编号导入模板 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/print-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书打印批次（空白证书领用与结算） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                batchTitle: string;
                createdAt: string;
                createdBy: string | null;
                firstSerial: number;
                id: string;
                jobId: string | null;
                lastSerial: number;
                printed: number | null;
                printedSheets: number | null;
                printer: string | null;
                settledAt: string | null;
                settleNote: string | null;
                sheets: number;
                spoiledSerials: number[];
                /** @enum {string} */
                state: 'open' | 'settled';
                stateName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/print-runs/{id}/settle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 打印批次结算（领用 = 打印成功 + 作废） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            printedSheets: number;
            settleNote?: string;
            spoiledSerials: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              createdAt: string;
              createdBy: string | null;
              firstSerial: number;
              id: string;
              jobId: string | null;
              lastSerial: number;
              printed: number | null;
              printedSheets: number | null;
              printer: string | null;
              settledAt: string | null;
              settleNote: string | null;
              sheets: number;
              spoiledSerials: number[];
              /** @enum {string} */
              state: 'open' | 'settled';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/print-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书打印设置 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              chineseFont: 'wenkai' | 'wenkai_mono' | 'noto_serif';
              face: {
                layout: {
                  [key: string]: unknown;
                };
                printers: {
                  name: string;
                  offset: {
                    x: number;
                    y: number;
                  };
                }[];
              };
              fontChoices: {
                label: string;
                /** @enum {string} */
                value: 'wenkai' | 'wenkai_mono' | 'noto_serif';
              }[];
              queryAddresses: {
                assessment: string & string;
                certificate: string & string;
                provincial: (string & string) | null;
              };
              /** Format: uuid */
              sealFileId: string | null;
              updatedAt: string | null;
            };
          };
        };
      };
    };
    /** 修改证书打印设置（版面、打印机偏移、印章、查询网址、字体） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            chineseFont: 'wenkai' | 'wenkai_mono' | 'noto_serif';
            face: {
              layout: {
                [key: string]: unknown;
              };
              printers: {
                name: string;
                offset: {
                  x: number;
                  y: number;
                };
              }[];
            };
            queryAddresses: {
              assessment: string & string;
              certificate: string & string;
              provincial: (string & string) | null;
            };
            /** Format: uuid */
            sealFileId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              chineseFont: 'wenkai' | 'wenkai_mono' | 'noto_serif';
              face: {
                layout: {
                  [key: string]: unknown;
                };
                printers: {
                  name: string;
                  offset: {
                    x: number;
                    y: number;
                  };
                }[];
              };
              fontChoices: {
                label: string;
                /** @enum {string} */
                value: 'wenkai' | 'wenkai_mono' | 'noto_serif';
              }[];
              queryAddresses: {
                assessment: string & string;
                certificate: string & string;
                provincial: (string & string) | null;
              };
              /** Format: uuid */
              sealFileId: string | null;
              updatedAt: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/print-settings/trial.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试打印一张（套打，按打印机偏移） */
    get: {
      parameters: {
        query?: {
          printer?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 空白证书库存：台账、盘点与预警 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              destroyed: number;
              inStock: number;
              issued: number;
              lowStock: boolean;
              lowStockThreshold: number;
              moves: {
                createdAt: string;
                createdBy: string | null;
                firstSerial: number;
                id: string;
                /** @enum {string} */
                kind: 'receive' | 'issue' | 'spoil' | 'destroy';
                kindName: string;
                lastSerial: number;
                note: string;
                sheets: number;
              }[];
              received: number;
              spoiled: number;
              stocktakes: {
                counted: number;
                createdAt: string;
                createdBy: string | null;
                difference: number;
                expected: number;
                id: string;
                note: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/stock/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记空白证书入库、领用打印、作废或销毁（按流水号段） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstSerial: number;
            /** @enum {string} */
            kind: 'receive' | 'issue' | 'spoil' | 'destroy';
            lastSerial: number;
            stockNote: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              destroyed: number;
              inStock: number;
              issued: number;
              lowStock: boolean;
              lowStockThreshold: number;
              moves: {
                createdAt: string;
                createdBy: string | null;
                firstSerial: number;
                id: string;
                /** @enum {string} */
                kind: 'receive' | 'issue' | 'spoil' | 'destroy';
                kindName: string;
                lastSerial: number;
                note: string;
                sheets: number;
              }[];
              received: number;
              spoiled: number;
              stocktakes: {
                counted: number;
                createdAt: string;
                createdBy: string | null;
                difference: number;
                expected: number;
                id: string;
                note: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/stock/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改库存预警数量 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lowStockThreshold: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              destroyed: number;
              inStock: number;
              issued: number;
              lowStock: boolean;
              lowStockThreshold: number;
              moves: {
                createdAt: string;
                createdBy: string | null;
                firstSerial: number;
                id: string;
                /** @enum {string} */
                kind: 'receive' | 'issue' | 'spoil' | 'destroy';
                kindName: string;
                lastSerial: number;
                note: string;
                sheets: number;
              }[];
              received: number;
              spoiled: number;
              stocktakes: {
                counted: number;
                createdAt: string;
                createdBy: string | null;
                difference: number;
                expected: number;
                id: string;
                note: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificates/stock/stocktakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 空白证书盘点 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            countedQuantity: number;
            stockNote: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              destroyed: number;
              inStock: number;
              issued: number;
              lowStock: boolean;
              lowStockThreshold: number;
              moves: {
                createdAt: string;
                createdBy: string | null;
                firstSerial: number;
                id: string;
                /** @enum {string} */
                kind: 'receive' | 'issue' | 'spoil' | 'destroy';
                kindName: string;
                lastSerial: number;
                note: string;
                sheets: number;
              }[];
              received: number;
              spoiled: number;
              stocktakes: {
                counted: number;
                createdAt: string;
                createdBy: string | null;
                difference: number;
                expected: number;
                id: string;
                note: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/colleges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 二级学院列表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                code: string & string;
                contact: string | null;
                createdAt: string;
                head: string | null;
                id: string;
                name: string;
                phone: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增二级学院 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string & string;
            contact?: string | null;
            head?: string | null;
            name: string;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string & string;
              contact: string | null;
              createdAt: string;
              head: string | null;
              id: string;
              name: string;
              phone: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/colleges/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 二级学院详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string & string;
              contact: string | null;
              createdAt: string;
              head: string | null;
              id: string;
              name: string;
              phone: string | null;
            };
          };
        };
      };
    };
    /** 修改二级学院 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string & string;
            contact?: string | null;
            head?: string | null;
            name: string;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string & string;
              contact: string | null;
              createdAt: string;
              head: string | null;
              id: string;
              name: string;
              phone: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考生投诉：列表（含期限与逾期标记） */
    get: {
      parameters: {
        query?: {
          overdue?: 'true' | 'false';
          state?: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                acceptDueOn: string;
                acceptOverdue: boolean;
                archived: boolean;
                /** @enum {string} */
                channel: 'oral' | 'phone' | 'letter' | 'online';
                channelName: string;
                complainantName: string;
                complaintText: string;
                extendedDueOn: string | null;
                handlerId: string | null;
                handlerName: string | null;
                id: string;
                receivedOn: string;
                resultDueOn: string;
                resultOverdue: boolean;
                /** @enum {string} */
                source: 'staff' | 'public' | 'portal';
                sourceName: string;
                /** @enum {string} */
                state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
                stateName: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记考生投诉（口头、电话、信件、网上） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            appealId?: string | null;
            /** @enum {string|null} */
            appealKind?: 'violation' | 'misconduct' | null;
            /** Format: uuid */
            batchId?: string | null;
            /** @enum {string} */
            channel: 'oral' | 'phone' | 'letter' | 'online';
            complainantContact: string;
            complainantName: string;
            complainantUnit?: string | null;
            complaintText: string;
            evidenceFileIds?: string[] | null;
            /** Format: uuid */
            handlerId?: string | null;
            receivedOn?: string | null;
            respondentPersonIds?: string[] | null;
            respondentText?: string | null;
            respondentUserIds?: string[] | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              id: string;
              message: string;
              receivedOn: string;
              resultDueOn: string;
              trackingCode: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考生投诉详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              acceptOverdue: boolean;
              appealId: string | null;
              /** @enum {string|null} */
              appealKind: 'violation' | 'misconduct' | null;
              appealKindName: string | null;
              appealLabel: string | null;
              archived: boolean;
              archivedAt: string | null;
              batchId: string | null;
              batchTitle: string | null;
              /** @enum {string} */
              channel: 'oral' | 'phone' | 'letter' | 'online';
              channelName: string;
              closedAt: string | null;
              complainantContact: string;
              complainantName: string;
              complainantUnit: string | null;
              complaintText: string;
              createdAt: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNotifiedOn: string | null;
              decisionReason: string | null;
              evidence: {
                id: string;
                name: string;
              }[];
              extendedAt: string | null;
              extendedDueOn: string | null;
              extensionReason: string | null;
              handlerChoices: {
                id: string;
                name: string;
              }[];
              handlerId: string | null;
              handlerName: string | null;
              id: string;
              investigate: boolean | null;
              receivedOn: string;
              respondentPersons: {
                id: string;
                name: string;
              }[];
              respondentText: string | null;
              respondentUsers: {
                id: string;
                name: string;
              }[];
              result: string | null;
              resultAt: string | null;
              resultByName: string | null;
              resultDueOn: string;
              resultNotifiedOn: string | null;
              resultOverdue: boolean;
              /** @enum {string} */
              source: 'staff' | 'public' | 'portal';
              sourceName: string;
              /** @enum {string} */
              state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
              stateName: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办结归档 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              acceptOverdue: boolean;
              appealId: string | null;
              /** @enum {string|null} */
              appealKind: 'violation' | 'misconduct' | null;
              appealKindName: string | null;
              appealLabel: string | null;
              archived: boolean;
              archivedAt: string | null;
              batchId: string | null;
              batchTitle: string | null;
              /** @enum {string} */
              channel: 'oral' | 'phone' | 'letter' | 'online';
              channelName: string;
              closedAt: string | null;
              complainantContact: string;
              complainantName: string;
              complainantUnit: string | null;
              complaintText: string;
              createdAt: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNotifiedOn: string | null;
              decisionReason: string | null;
              evidence: {
                id: string;
                name: string;
              }[];
              extendedAt: string | null;
              extendedDueOn: string | null;
              extensionReason: string | null;
              handlerChoices: {
                id: string;
                name: string;
              }[];
              handlerId: string | null;
              handlerName: string | null;
              id: string;
              investigate: boolean | null;
              receivedOn: string;
              respondentPersons: {
                id: string;
                name: string;
              }[];
              respondentText: string | null;
              respondentUsers: {
                id: string;
                name: string;
              }[];
              result: string | null;
              resultAt: string | null;
              resultByName: string | null;
              resultDueOn: string;
              resultNotifiedOn: string | null;
              resultOverdue: boolean;
              /** @enum {string} */
              source: 'staff' | 'public' | 'portal';
              sourceName: string;
              /** @enum {string} */
              state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 决定是否调查（3 个工作日内） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decisionReason: string;
            investigate: boolean;
            notifiedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              acceptOverdue: boolean;
              appealId: string | null;
              /** @enum {string|null} */
              appealKind: 'violation' | 'misconduct' | null;
              appealKindName: string | null;
              appealLabel: string | null;
              archived: boolean;
              archivedAt: string | null;
              batchId: string | null;
              batchTitle: string | null;
              /** @enum {string} */
              channel: 'oral' | 'phone' | 'letter' | 'online';
              channelName: string;
              closedAt: string | null;
              complainantContact: string;
              complainantName: string;
              complainantUnit: string | null;
              complaintText: string;
              createdAt: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNotifiedOn: string | null;
              decisionReason: string | null;
              evidence: {
                id: string;
                name: string;
              }[];
              extendedAt: string | null;
              extendedDueOn: string | null;
              extensionReason: string | null;
              handlerChoices: {
                id: string;
                name: string;
              }[];
              handlerId: string | null;
              handlerName: string | null;
              id: string;
              investigate: boolean | null;
              receivedOn: string;
              respondentPersons: {
                id: string;
                name: string;
              }[];
              respondentText: string | null;
              respondentUsers: {
                id: string;
                name: string;
              }[];
              result: string | null;
              resultAt: string | null;
              resultByName: string | null;
              resultDueOn: string;
              resultNotifiedOn: string | null;
              resultOverdue: boolean;
              /** @enum {string} */
              source: 'staff' | 'public' | 'portal';
              sourceName: string;
              /** @enum {string} */
              state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/decision.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载受理 / 不予调查通知书（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 延长处理期限（写明原因并通知投诉人） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            extendedDueOn: string;
            extensionReason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              acceptOverdue: boolean;
              appealId: string | null;
              /** @enum {string|null} */
              appealKind: 'violation' | 'misconduct' | null;
              appealKindName: string | null;
              appealLabel: string | null;
              archived: boolean;
              archivedAt: string | null;
              batchId: string | null;
              batchTitle: string | null;
              /** @enum {string} */
              channel: 'oral' | 'phone' | 'letter' | 'online';
              channelName: string;
              closedAt: string | null;
              complainantContact: string;
              complainantName: string;
              complainantUnit: string | null;
              complaintText: string;
              createdAt: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNotifiedOn: string | null;
              decisionReason: string | null;
              evidence: {
                id: string;
                name: string;
              }[];
              extendedAt: string | null;
              extendedDueOn: string | null;
              extensionReason: string | null;
              handlerChoices: {
                id: string;
                name: string;
              }[];
              handlerId: string | null;
              handlerName: string | null;
              id: string;
              investigate: boolean | null;
              receivedOn: string;
              respondentPersons: {
                id: string;
                name: string;
              }[];
              respondentText: string | null;
              respondentUsers: {
                id: string;
                name: string;
              }[];
              result: string | null;
              resultAt: string | null;
              resultByName: string | null;
              resultDueOn: string;
              resultNotifiedOn: string | null;
              resultOverdue: boolean;
              /** @enum {string} */
              source: 'staff' | 'public' | 'portal';
              sourceName: string;
              /** @enum {string} */
              state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/handler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 指定承办人（被投诉人员不得承办） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            handlerId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              acceptOverdue: boolean;
              appealId: string | null;
              /** @enum {string|null} */
              appealKind: 'violation' | 'misconduct' | null;
              appealKindName: string | null;
              appealLabel: string | null;
              archived: boolean;
              archivedAt: string | null;
              batchId: string | null;
              batchTitle: string | null;
              /** @enum {string} */
              channel: 'oral' | 'phone' | 'letter' | 'online';
              channelName: string;
              closedAt: string | null;
              complainantContact: string;
              complainantName: string;
              complainantUnit: string | null;
              complaintText: string;
              createdAt: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNotifiedOn: string | null;
              decisionReason: string | null;
              evidence: {
                id: string;
                name: string;
              }[];
              extendedAt: string | null;
              extendedDueOn: string | null;
              extensionReason: string | null;
              handlerChoices: {
                id: string;
                name: string;
              }[];
              handlerId: string | null;
              handlerName: string | null;
              id: string;
              investigate: boolean | null;
              receivedOn: string;
              respondentPersons: {
                id: string;
                name: string;
              }[];
              respondentText: string | null;
              respondentUsers: {
                id: string;
                name: string;
              }[];
              result: string | null;
              resultAt: string | null;
              resultByName: string | null;
              resultDueOn: string;
              resultNotifiedOn: string | null;
              resultOverdue: boolean;
              /** @enum {string} */
              source: 'staff' | 'public' | 'portal';
              sourceName: string;
              /** @enum {string} */
              state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记处理结果 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            notifiedOn?: string | null;
            result: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              acceptOverdue: boolean;
              appealId: string | null;
              /** @enum {string|null} */
              appealKind: 'violation' | 'misconduct' | null;
              appealKindName: string | null;
              appealLabel: string | null;
              archived: boolean;
              archivedAt: string | null;
              batchId: string | null;
              batchTitle: string | null;
              /** @enum {string} */
              channel: 'oral' | 'phone' | 'letter' | 'online';
              channelName: string;
              closedAt: string | null;
              complainantContact: string;
              complainantName: string;
              complainantUnit: string | null;
              complaintText: string;
              createdAt: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNotifiedOn: string | null;
              decisionReason: string | null;
              evidence: {
                id: string;
                name: string;
              }[];
              extendedAt: string | null;
              extendedDueOn: string | null;
              extensionReason: string | null;
              handlerChoices: {
                id: string;
                name: string;
              }[];
              handlerId: string | null;
              handlerName: string | null;
              id: string;
              investigate: boolean | null;
              receivedOn: string;
              respondentPersons: {
                id: string;
                name: string;
              }[];
              respondentText: string | null;
              respondentUsers: {
                id: string;
                name: string;
              }[];
              result: string | null;
              resultAt: string | null;
              resultByName: string | null;
              resultDueOn: string;
              resultNotifiedOn: string | null;
              resultOverdue: boolean;
              /** @enum {string} */
              source: 'staff' | 'public' | 'portal';
              sourceName: string;
              /** @enum {string} */
              state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/result.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载处理结果告知书（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 回避关系（登记的与按任教班级推出的） */
    get: {
      parameters: {
        query?: {
          keyword?: string;
          page?: number;
          pageSize?: number;
          personId?: string & string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                candidateIdMasked: string;
                candidateName: string;
                candidatePersonId: string;
                id: string | null;
                note: string | null;
                /** @enum {string} */
                relation: 'relative' | 'teacher' | 'other';
                /** @enum {string} */
                source: 'manual' | 'class';
                staffName: string;
                staffPersonId: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记回避关系 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            candidatePersonId: string & string;
            note?: string | null;
            /** @enum {string} */
            relation: 'relative' | 'teacher' | 'other';
            /** Format: uuid */
            staffPersonId: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidateIdMasked: string;
              candidateName: string;
              candidatePersonId: string;
              id: string | null;
              note: string | null;
              /** @enum {string} */
              relation: 'relative' | 'teacher' | 'other';
              /** @enum {string} */
              source: 'manual' | 'class';
              staffName: string;
              staffPersonId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conflicts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除登记的回避关系 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入课程成绩（有错误则全部不导入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
              persons: number;
              rows: number;
              updated: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/required': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 职业的应修课程 */
    get: {
      parameters: {
        query: {
          code: string;
          edition: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                courseCode: string;
                courseName: string;
                related: boolean;
              }[];
            };
          };
        };
      };
    };
    /** 设置职业的应修课程 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            courses: {
              courseCode: string;
              courseName: string;
              /** @default true */
              related?: boolean;
            }[];
            edition: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                courseCode: string;
                courseName: string;
                related: boolean;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某学生的课程成绩 */
    get: {
      parameters: {
        query: {
          personId: string & string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                attempt: 'first' | 'retake';
                courseCode: string;
                courseName: string;
                id: string;
                importedAt: string;
                /** @enum {string} */
                part: 'theory' | 'practical';
                personId: string;
                score: number;
                term: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/courses/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载课程成绩导入模板 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/custody/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可登记的批次 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                title: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/custody/duties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试卷保密室值班记录 */
    get: {
      parameters: {
        query?: {
          batchId?: string;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string | null;
                batchTitle: string | null;
                count: number;
                createdAt: string;
                endsAt: string;
                id: string;
                keeper1: string;
                keeper2: string;
                note: string | null;
                previousCount: number | null;
                recordedByName: string | null;
                sealIntact: boolean;
                startsAt: string;
                subject: string;
                warnings: string[];
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增值班记录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            batchId?: string | null;
            count: number;
            /** Format: date-time */
            endsAt: string;
            keeper1: string;
            keeper2: string;
            note?: string | null;
            sealIntact: boolean;
            /** Format: date-time */
            startsAt: string;
            subject: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string | null;
              batchTitle: string | null;
              count: number;
              createdAt: string;
              endsAt: string;
              id: string;
              keeper1: string;
              keeper2: string;
              note: string | null;
              previousCount: number | null;
              recordedByName: string | null;
              sealIntact: boolean;
              startsAt: string;
              subject: string;
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/custody/duties/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改值班记录 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            batchId?: string | null;
            count: number;
            /** Format: date-time */
            endsAt: string;
            keeper1: string;
            keeper2: string;
            note?: string | null;
            sealIntact: boolean;
            /** Format: date-time */
            startsAt: string;
            subject: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string | null;
              batchTitle: string | null;
              count: number;
              createdAt: string;
              endsAt: string;
              id: string;
              keeper1: string;
              keeper2: string;
              note: string | null;
              previousCount: number | null;
              recordedByName: string | null;
              sealIntact: boolean;
              startsAt: string;
              subject: string;
              warnings: string[];
            };
          };
        };
      };
    };
    post?: never;
    /** 删除值班记录 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/custody/duties/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出试卷保密室值班记录（PDF/Excel） */
    get: {
      parameters: {
        query?: {
          batchId?: string;
          format?: 'pdf' | 'xlsx';
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/custody/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 文件移交登记表 */
    get: {
      parameters: {
        query?: {
          batchId?: string;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                approver: string;
                batchId: string | null;
                batchTitle: string | null;
                count: number | null;
                createdAt: string;
                documentName: string;
                id: string;
                keeper: string;
                note: string | null;
                place: string;
                receiver: string;
                recordedByName: string | null;
                sealIntact: boolean | null;
                transferredAt: string;
                warnings: string[];
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增文件移交登记 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approver: string;
            /** Format: uuid */
            batchId?: string | null;
            count?: number | null;
            documentName: string;
            keeper: string;
            note?: string | null;
            place: string;
            receiver: string;
            sealIntact?: boolean | null;
            /** Format: date-time */
            transferredAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approver: string;
              batchId: string | null;
              batchTitle: string | null;
              count: number | null;
              createdAt: string;
              documentName: string;
              id: string;
              keeper: string;
              note: string | null;
              place: string;
              receiver: string;
              recordedByName: string | null;
              sealIntact: boolean | null;
              transferredAt: string;
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/custody/transfers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改文件移交登记 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approver: string;
            /** Format: uuid */
            batchId?: string | null;
            count?: number | null;
            documentName: string;
            keeper: string;
            note?: string | null;
            place: string;
            receiver: string;
            sealIntact?: boolean | null;
            /** Format: date-time */
            transferredAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approver: string;
              batchId: string | null;
              batchTitle: string | null;
              count: number | null;
              createdAt: string;
              documentName: string;
              id: string;
              keeper: string;
              note: string | null;
              place: string;
              receiver: string;
              recordedByName: string | null;
              sealIntact: boolean | null;
              transferredAt: string;
              warnings: string[];
            };
          };
        };
      };
    };
    post?: never;
    /** 删除文件移交登记 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/custody/transfers/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出文件移交登记表（PDF/Excel） */
    get: {
      parameters: {
        query?: {
          batchId?: string;
          format?: 'pdf' | 'xlsx';
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/eligibility/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报名资格判断（各等级是否可报及理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            batchDate: string;
            graduated?: boolean;
            jobName?: string | null;
            levels?: number[] | null;
            /** @enum {string} */
            method: 'exam' | 'direct' | 'process' | 'contest';
            occupation: {
              code: string;
              edition: string;
              name?: string;
            };
            /** Format: uuid */
            personId: string & string;
            /** @default false */
            zhoukou?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              highest: number | null;
              levels: {
                eligible: boolean;
                level: number;
                name: string;
                reasons: {
                  ok: boolean;
                  rule: string;
                  text: string;
                }[];
              }[];
              notes: string[];
              reasons: {
                ok: boolean;
                rule: string;
                text: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 需设备核查的批次 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                firstSkillDay: string;
                id: string;
                signedAt: string | null;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/checks/{batchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考前设备核查 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              examDay: string | null;
              id: string | null;
              lines: {
                calibrationDueOn: string | null;
                /** @enum {string|null} */
                calibrationState: 'valid' | 'due_soon' | 'lapsed' | null;
                isInstrument: boolean;
                itemId: string;
                location: string;
                model: string | null;
                name: string;
                note: string | null;
                present: boolean | null;
                quantity: number;
                unit: string | null;
                working: boolean | null;
              }[];
              signedAt: string | null;
              signedByName: string | null;
              sittings: {
                day: string;
                id: string;
                place: string;
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    /** 保存考前设备核查 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            checkLines: {
              /** Format: uuid */
              equipmentItemId: string & string;
              note?: string | null;
              present: boolean | null;
              working: boolean | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              examDay: string | null;
              id: string | null;
              lines: {
                calibrationDueOn: string | null;
                /** @enum {string|null} */
                calibrationState: 'valid' | 'due_soon' | 'lapsed' | null;
                isInstrument: boolean;
                itemId: string;
                location: string;
                model: string | null;
                name: string;
                note: string | null;
                present: boolean | null;
                quantity: number;
                unit: string | null;
                working: boolean | null;
              }[];
              signedAt: string | null;
              signedByName: string | null;
              sittings: {
                day: string;
                id: string;
                place: string;
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/checks/{batchId}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 考前设备核查签字确认 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              examDay: string | null;
              id: string | null;
              lines: {
                calibrationDueOn: string | null;
                /** @enum {string|null} */
                calibrationState: 'valid' | 'due_soon' | 'lapsed' | null;
                isInstrument: boolean;
                itemId: string;
                location: string;
                model: string | null;
                name: string;
                note: string | null;
                present: boolean | null;
                quantity: number;
                unit: string | null;
                working: boolean | null;
              }[];
              signedAt: string | null;
              signedByName: string | null;
              sittings: {
                day: string;
                id: string;
                place: string;
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 设备台账 */
    get: {
      parameters: {
        query?: {
          occupationId?: string & string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                calibrationDueOn: string | null;
                /** @enum {string|null} */
                calibrationState: 'valid' | 'due_soon' | 'lapsed' | null;
                id: string;
                isInstrument: boolean;
                location: string;
                model: string | null;
                name: string;
                occupationCode: string;
                occupationId: string;
                occupationName: string;
                onLoan: number;
                /** @enum {string} */
                ownership: 'owned' | 'leased';
                parameters: string | null;
                price: number | null;
                purchasedOn: string | null;
                quantity: number;
                roomId: string | null;
                roomName: string | null;
                /** @enum {string} */
                status: 'in_service' | 'retired';
                unit: string | null;
                workContents: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记设备 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            calibrationDueOn?: string | null;
            /** @default false */
            isInstrument?: boolean;
            location: string;
            model?: string | null;
            name: string;
            /** Format: uuid */
            occupationId: string & string;
            /** @enum {string} */
            ownership: 'owned' | 'leased';
            parameters?: string | null;
            price?: number | null;
            purchasedOn?: string | null;
            quantity: number;
            /** Format: uuid */
            roomId?: (string & string) | null;
            unit?: string | null;
            workContents?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              calibrationDueOn: string | null;
              /** @enum {string|null} */
              calibrationState: 'valid' | 'due_soon' | 'lapsed' | null;
              id: string;
              isInstrument: boolean;
              location: string;
              model: string | null;
              name: string;
              occupationCode: string;
              occupationId: string;
              occupationName: string;
              onLoan: number;
              /** @enum {string} */
              ownership: 'owned' | 'leased';
              parameters: string | null;
              price: number | null;
              purchasedOn: string | null;
              quantity: number;
              roomId: string | null;
              roomName: string | null;
              /** @enum {string} */
              status: 'in_service' | 'retired';
              unit: string | null;
              workContents: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/ledger/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改设备信息 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            calibrationDueOn?: string | null;
            /** @default false */
            isInstrument?: boolean;
            location: string;
            model?: string | null;
            name: string;
            /** Format: uuid */
            occupationId: string & string;
            /** @enum {string} */
            ownership: 'owned' | 'leased';
            parameters?: string | null;
            price?: number | null;
            purchasedOn?: string | null;
            quantity: number;
            /** Format: uuid */
            roomId?: (string & string) | null;
            unit?: string | null;
            workContents?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              calibrationDueOn: string | null;
              /** @enum {string|null} */
              calibrationState: 'valid' | 'due_soon' | 'lapsed' | null;
              id: string;
              isInstrument: boolean;
              location: string;
              model: string | null;
              name: string;
              occupationCode: string;
              occupationId: string;
              occupationName: string;
              onLoan: number;
              /** @enum {string} */
              ownership: 'owned' | 'leased';
              parameters: string | null;
              price: number | null;
              purchasedOn: string | null;
              quantity: number;
              roomId: string | null;
              roomName: string | null;
              /** @enum {string} */
              status: 'in_service' | 'retired';
              unit: string | null;
              workContents: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/ledger/{id}/records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 维护、维修与检定记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                calibrationDueOn: string | null;
                createdAt: string;
                description: string;
                doneBy: string;
                doneOn: string;
                id: string;
                itemId: string;
                /** @enum {string} */
                kind: 'maintenance' | 'repair' | 'calibration';
                recordedByName: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记维护、维修或检定 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            calibrationDueOn?: string | null;
            doneBy: string;
            doneOn: string;
            /** @enum {string} */
            recordKind: 'maintenance' | 'repair' | 'calibration';
            recordText: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              calibrationDueOn: string | null;
              createdAt: string;
              description: string;
              doneBy: string;
              doneOn: string;
              id: string;
              itemId: string;
              /** @enum {string} */
              kind: 'maintenance' | 'repair' | 'calibration';
              recordedByName: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 设备申请列表 */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'approved' | 'rejected';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                borrower: string | null;
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                id: string;
                itemId: string;
                itemName: string;
                /** @enum {string} */
                kind: 'loan' | 'return' | 'damage' | 'loss' | 'purchase' | 'scrapping';
                occupationName: string;
                quantity: number;
                reason: string;
                requestedAt: string;
                requestedBy: string;
                requestedByName: string | null;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 提交借用、归还、损坏、丢失、购置或报废申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            borrower?: string | null;
            /** Format: uuid */
            equipmentItemId: string & string;
            quantity: number;
            reason: string;
            /** @enum {string} */
            requestKind: 'loan' | 'return' | 'damage' | 'loss' | 'purchase' | 'scrapping';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              borrower: string | null;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              id: string;
              itemId: string;
              itemName: string;
              /** @enum {string} */
              kind: 'loan' | 'return' | 'damage' | 'loss' | 'purchase' | 'scrapping';
              occupationName: string;
              quantity: number;
              reason: string;
              requestedAt: string;
              requestedBy: string;
              requestedByName: string | null;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/requests/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审批设备申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decisionNote?: string | null;
            /** @enum {string} */
            equipmentDecision: 'approved' | 'rejected';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              borrower: string | null;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              id: string;
              itemId: string;
              itemName: string;
              /** @enum {string} */
              kind: 'loan' | 'return' | 'damage' | 'loss' | 'purchase' | 'scrapping';
              occupationName: string;
              quantity: number;
              reason: string;
              requestedAt: string;
              requestedBy: string;
              requestedByName: string | null;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam-staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 监考与考务人员 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                endedReason: string | null;
                id: string;
                idMasked: string;
                name: string;
                ownStaff: boolean;
                personId: string;
                /** @enum {string} */
                role: 'proctor' | 'exam_staff';
                skillLevel: number | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记监考或考务人员 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            personId: string & string;
            /** @enum {string} */
            role: 'proctor' | 'exam_staff';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              endedReason: string | null;
              id: string;
              idMasked: string;
              name: string;
              ownStaff: boolean;
              personId: string;
              /** @enum {string} */
              role: 'proctor' | 'exam_staff';
              skillLevel: number | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保存答案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              itemNo: number;
              seq: number;
              value: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ackSeq: number;
              clock: {
                deadline: number;
                graceSeconds: number;
                open: boolean;
                paused: boolean;
                serverNow: number;
                startsAt: number;
                /** @enum {string} */
                state: 'ready' | 'started' | 'submitted';
                version: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考试时钟（服务器时间） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              deadline: number;
              graceSeconds: number;
              open: boolean;
              paused: boolean;
              serverNow: number;
              startsAt: number;
              /** @enum {string} */
              state: 'ready' | 'started' | 'submitted';
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录考生端事件（切屏、复制粘贴等） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            events: {
              clientAt: number;
              detail?: string;
              /** @enum {string} */
              kind:
                | 'login'
                | 'released'
                | 'fullscreen_exit'
                | 'tab_hidden'
                | 'window_blur'
                | 'copy'
                | 'paste'
                | 'offline'
                | 'online'
                | 'resume';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/images/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试题图片 */
    get: {
      parameters: {
        query?: {
          token?: string;
        };
        header?: never;
        path: {
          fileId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 考生登录机考（准考证号、身份证号、考场码） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            deviceId: string;
            idNumber: string;
            roomCode: string & string;
            ticketNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidate: {
                attemptId: string;
                durationMinutes: number;
                earlyFinishAt: number | null;
                idMasked: string;
                itemCount: number;
                name: string;
                offlineMinutes: number;
                photoUrl: string | null;
                roomName: string;
                seatNo: number;
                siteName: string;
                sittingTitle: string;
                ticketNumber: string;
              };
              clock: {
                deadline: number;
                graceSeconds: number;
                open: boolean;
                paused: boolean;
                serverNow: number;
                startsAt: number;
                /** @enum {string} */
                state: 'ready' | 'started' | 'submitted';
                version: number;
              };
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/paper': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载加密试卷（预加载） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              blob: string;
              itemCount: number;
              paperId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 恢复作答（已保存的答案与时钟） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ackSeq: number;
              answers: {
                itemNo: number;
                seq: number;
                value: string;
              }[];
              clock: {
                deadline: number;
                graceSeconds: number;
                open: boolean;
                paused: boolean;
                serverNow: number;
                startsAt: number;
                /** @enum {string} */
                state: 'ready' | 'started' | 'submitted';
                version: number;
              };
              receipt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始作答（取得试卷密钥） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              clock: {
                deadline: number;
                graceSeconds: number;
                open: boolean;
                paused: boolean;
                serverNow: number;
                startsAt: number;
                /** @enum {string} */
                state: 'ready' | 'started' | 'submitted';
                version: number;
              };
              key: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exam/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 交卷（可重复提交，只交一次） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers?: {
              itemNo: number;
              seq: number;
              value: string;
            }[];
            clientKey: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answered: number;
              itemCount: number;
              /** @enum {string} */
              kind: 'candidate' | 'auto' | 'proctor';
              receipt: string;
              submittedAt: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/examiners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考评员列表 */
    get: {
      parameters: {
        query?: {
          keyword?: string;
          occupationCode?: string;
          page?: number;
          pageSize?: number;
          validity?: 'valid' | 'expiring' | 'expired' | 'revoked';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                certificateIssuedOn: string;
                certificateNumber: string;
                certificateValidUntil: string;
                daysLeft: number;
                dismissalReason: string | null;
                dismissed: boolean;
                firstExaminingYear: number | null;
                /** @enum {string} */
                grade: 'standard' | 'senior';
                id: string;
                idMasked: string;
                name: string;
                occupations: {
                  code: string;
                  edition: string;
                  modules?: string[];
                  name: string;
                }[];
                ownStaff: boolean;
                personId: string;
                qualificationProblems: string[];
                skillLevel: number | null;
                skillRelated: boolean;
                termEnd: string | null;
                termStart: string | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                trainingHours: number;
                /** @enum {string} */
                validity: 'valid' | 'expiring' | 'expired' | 'revoked';
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记考评员（校验任职条件） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateIssuedOn: string;
            certificateNumber: string;
            firstExaminingYear?: number | null;
            /** @enum {string} */
            grade: 'standard' | 'senior';
            occupations: {
              code: string;
              edition: string;
              modules?: string[];
              name: string;
            }[];
            /** Format: uuid */
            personId: string & string;
            /** @default false */
            skillRelated?: boolean;
            termStart?: string | null;
            trainingHours: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              certificateIssuedOn: string;
              certificateNumber: string;
              certificateValidUntil: string;
              daysLeft: number;
              dismissalReason: string | null;
              dismissed: boolean;
              firstExaminingYear: number | null;
              /** @enum {string} */
              grade: 'standard' | 'senior';
              id: string;
              idMasked: string;
              name: string;
              occupations: {
                code: string;
                edition: string;
                modules?: string[];
                name: string;
              }[];
              ownStaff: boolean;
              personId: string;
              qualificationProblems: string[];
              skillLevel: number | null;
              skillRelated: boolean;
              termEnd: string | null;
              termStart: string | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              trainingHours: number;
              /** @enum {string} */
              validity: 'valid' | 'expiring' | 'expired' | 'revoked';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/examiners/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改考评员 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateIssuedOn: string;
            certificateNumber: string;
            firstExaminingYear?: number | null;
            /** @enum {string} */
            grade: 'standard' | 'senior';
            occupations: {
              code: string;
              edition: string;
              modules?: string[];
              name: string;
            }[];
            /** Format: uuid */
            personId: string & string;
            /** @default false */
            skillRelated?: boolean;
            termStart?: string | null;
            trainingHours: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              certificateIssuedOn: string;
              certificateNumber: string;
              certificateValidUntil: string;
              daysLeft: number;
              dismissalReason: string | null;
              dismissed: boolean;
              firstExaminingYear: number | null;
              /** @enum {string} */
              grade: 'standard' | 'senior';
              id: string;
              idMasked: string;
              name: string;
              occupations: {
                code: string;
                edition: string;
                modules?: string[];
                name: string;
              }[];
              ownStaff: boolean;
              personId: string;
              qualificationProblems: string[];
              skillLevel: number | null;
              skillRelated: boolean;
              termEnd: string | null;
              termStart: string | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              trainingHours: number;
              /** @enum {string} */
              validity: 'valid' | 'expiring' | 'expired' | 'revoked';
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/attempts/{id}/collect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 监考员收卷 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answered: number;
              itemCount: number;
              /** @enum {string} */
              kind: 'candidate' | 'auto' | 'proctor';
              receipt: string;
              submittedAt: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/attempts/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考生端事件记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                at: string;
                clientAt: string | null;
                detail: string | null;
                id: number;
                kind: string;
                kindName: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/attempts/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 释放座位（更换考试机） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/incidents/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准或驳回补时 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approve: boolean;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidateDeadline: string | null;
              incident: {
                applicationId: string | null;
                candidateName: string | null;
                createdAt: string;
                creditMinutes: number;
                /** @enum {string} */
                creditScope: 'none' | 'candidate' | 'room';
                /** @enum {string} */
                creditState: 'none' | 'pending' | 'approved' | 'rejected';
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                description: string;
                handling: string;
                id: string;
                kind: string;
                kindName: string;
                occurredAt: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
              };
              roomEndsAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的考场（当日） */
    get: {
      parameters: {
        query?: {
          day?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              day: string;
              items: {
                batchId: string;
                batchTitle: string;
                counts: {
                  absent: number;
                  incidents: number;
                  pending: number;
                  pendingCredits: number;
                  present: number;
                  seats: number;
                  violations: number;
                };
                day: string;
                /** @enum {string} */
                duty: 'proctor' | 'site_head' | 'supervisor' | 'centre';
                endsAt: string;
                entryClosesAt: string;
                entryOpensAt: string;
                may: {
                  approve: boolean;
                  observe: boolean;
                  proctor: boolean;
                };
                /** @enum {string} */
                mode: 'paper' | 'computer';
                roomId: string;
                roomName: string;
                signed: boolean;
                siteId: string;
                siteName: string;
                sittingId: string;
                /** @enum {string} */
                sittingKind: 'theory' | 'skill' | 'review';
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/absences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记缺考 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            applicationId: string;
            note?: string | null;
            /** @enum {string} */
            reason: 'no_show' | 'late' | 'documents' | 'identity';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
              /** @enum {string} */
              outcome: 'present' | 'absent' | 'already';
              row: {
                applicationId: string;
                at: string | null;
                /** @enum {string|null} */
                attemptState: 'ready' | 'started' | 'submitted' | null;
                byName: string | null;
                conflict: boolean;
                idChecked: boolean;
                idMasked: string;
                /** @enum {string|null} */
                method: 'scan' | 'typed' | 'list' | null;
                name: string;
                personId: string;
                photoUrl: string | null;
                /** @enum {string|null} */
                reason: 'no_show' | 'late' | 'documents' | 'identity' | null;
                seatNo: number;
                /** @enum {string|null} */
                status: 'present' | 'absent' | null;
                ticketChecked: boolean;
                ticketNumber: string | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/checkins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考场入场登记名单 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicationId: string;
                at: string | null;
                /** @enum {string|null} */
                attemptState: 'ready' | 'started' | 'submitted' | null;
                byName: string | null;
                conflict: boolean;
                idChecked: boolean;
                idMasked: string;
                /** @enum {string|null} */
                method: 'scan' | 'typed' | 'list' | null;
                name: string;
                personId: string;
                photoUrl: string | null;
                /** @enum {string|null} */
                reason: 'no_show' | 'late' | 'documents' | 'identity' | null;
                seatNo: number;
                /** @enum {string|null} */
                status: 'present' | 'absent' | null;
                ticketChecked: boolean;
                ticketNumber: string | null;
              }[];
              room: {
                batchId: string;
                batchTitle: string;
                counts: {
                  absent: number;
                  incidents: number;
                  pending: number;
                  pendingCredits: number;
                  present: number;
                  seats: number;
                  violations: number;
                };
                day: string;
                /** @enum {string} */
                duty: 'proctor' | 'site_head' | 'supervisor' | 'centre';
                endsAt: string;
                entryClosesAt: string;
                entryOpensAt: string;
                may: {
                  approve: boolean;
                  observe: boolean;
                  proctor: boolean;
                };
                /** @enum {string} */
                mode: 'paper' | 'computer';
                roomId: string;
                roomName: string;
                signed: boolean;
                siteId: string;
                siteName: string;
                sittingId: string;
                /** @enum {string} */
                sittingKind: 'theory' | 'skill' | 'review';
                startsAt: string;
              };
              serverNow: string;
            };
          };
        };
      };
    };
    put?: never;
    /** 入场核验（扫码或输入准考证号） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            idChecked: boolean;
            /**
             * @default typed
             * @enum {string}
             */
            method?: 'scan' | 'typed' | 'list';
            ticketChecked: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
              /** @enum {string} */
              outcome: 'present' | 'absent' | 'already';
              row: {
                applicationId: string;
                at: string | null;
                /** @enum {string|null} */
                attemptState: 'ready' | 'started' | 'submitted' | null;
                byName: string | null;
                conflict: boolean;
                idChecked: boolean;
                idMasked: string;
                /** @enum {string|null} */
                method: 'scan' | 'typed' | 'list' | null;
                name: string;
                personId: string;
                photoUrl: string | null;
                /** @enum {string|null} */
                reason: 'no_show' | 'late' | 'documents' | 'identity' | null;
                seatNo: number;
                /** @enum {string|null} */
                status: 'present' | 'absent' | null;
                ticketChecked: boolean;
                ticketNumber: string | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/console': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 机考监考台：座位、时钟与考生状态 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                absent: number;
                answering: number;
                notSignedIn: number;
                offline: number;
                present: number;
                seats: number;
                submitted: number;
              };
              room: {
                clockVersion: number;
                endsAt: string | null;
                entryClosesAt: string | null;
                entryOpensAt: string | null;
                extensionSeconds: number;
                ipRanges: string[];
                /** @enum {string} */
                mode: 'paper' | 'computer';
                openedAt: string | null;
                pausedAt: string | null;
                pausedSeconds: number;
                prepared: boolean;
                roomCode: string | null;
                roomId: string;
                roomName: string;
                serverNow: number;
                siteName: string;
                sittingId: string;
                sittingTitle: string;
                startsAt: string | null;
              };
              seats: {
                applicationId: string;
                attempt: {
                  answered: number;
                  bound: boolean;
                  deadline: string;
                  extensionSeconds: number;
                  id: string;
                  itemCount: number;
                  lastSaveAgeSeconds: number | null;
                  offlineSeconds: number | null;
                  online: boolean;
                  signals: number;
                  /** @enum {string} */
                  state: 'ready' | 'started' | 'submitted';
                  /** @enum {string|null} */
                  submitKind: 'candidate' | 'auto' | 'proctor' | null;
                  submittedAt: string | null;
                } | null;
                /** @enum {string|null} */
                checkin: 'present' | 'absent' | null;
                checkinAt: string | null;
                conflict: boolean;
                idMasked: string;
                name: string;
                personId: string | null;
                photoUrl: string | null;
                seatNo: number;
                ticketNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/extensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 延时（补时） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            applicationId?: string | null;
            /**
             * @default other
             * @enum {string}
             */
            kind?: 'equipment_failure' | 'power_outage' | 'other';
            minutes: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidateDeadline: string | null;
              incident: {
                applicationId: string | null;
                candidateName: string | null;
                createdAt: string;
                creditMinutes: number;
                /** @enum {string} */
                creditScope: 'none' | 'candidate' | 'room';
                /** @enum {string} */
                creditState: 'none' | 'pending' | 'approved' | 'rejected';
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                description: string;
                handling: string;
                id: string;
                kind: string;
                kindName: string;
                occurredAt: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
              };
              roomEndsAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考场突发事件 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicationId: string | null;
                candidateName: string | null;
                createdAt: string;
                creditMinutes: number;
                /** @enum {string} */
                creditScope: 'none' | 'candidate' | 'room';
                /** @enum {string} */
                creditState: 'none' | 'pending' | 'approved' | 'rejected';
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                description: string;
                handling: string;
                id: string;
                kind: string;
                kindName: string;
                occurredAt: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 记录突发事件 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            applicationId?: string | null;
            /** @default 0 */
            creditMinutes?: number;
            description: string;
            handling?: string | null;
            kind: string;
            /** Format: date-time */
            occurredAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidateDeadline: string | null;
              incident: {
                applicationId: string | null;
                candidateName: string | null;
                createdAt: string;
                creditMinutes: number;
                /** @enum {string} */
                creditScope: 'none' | 'candidate' | 'room';
                /** @enum {string} */
                creditState: 'none' | 'pending' | 'approved' | 'rejected';
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                description: string;
                handling: string;
                id: string;
                kind: string;
                kindName: string;
                occurredAt: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
              };
              roomEndsAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/ip-ranges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置考场允许登录的网络地址范围（空为不限） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ipRanges: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开考（允许考生开始作答） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 暂停全场考试 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/photos/{applicationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考生照片（入场核验） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考场情况记录表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attendance: {
                absent: number;
                absentees: {
                  applicationId: string;
                  name: string;
                  /** @enum {string} */
                  reason: 'no_show' | 'late' | 'documents' | 'identity';
                  seatNo: number;
                  ticketNumber: string | null;
                }[];
                pending: number;
                present: number;
                seats: number;
              };
              computer: {
                attempts: number;
                auto: number;
                byCandidate: number;
                byProctor: number;
                started: number;
                submitted: number;
              } | null;
              incidents: {
                applicationId: string | null;
                candidateName: string | null;
                createdAt: string;
                creditMinutes: number;
                /** @enum {string} */
                creditScope: 'none' | 'candidate' | 'room';
                /** @enum {string} */
                creditState: 'none' | 'pending' | 'approved' | 'rejected';
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                description: string;
                handling: string;
                id: string;
                kind: string;
                kindName: string;
                occurredAt: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
              }[];
              observations: {
                at: string;
                name: string;
                text: string;
                userId: string;
              }[];
              proctors: {
                name: string;
                personId: string;
                signedAt: string | null;
              }[];
              room: {
                batchId: string;
                batchTitle: string;
                counts: {
                  absent: number;
                  incidents: number;
                  pending: number;
                  pendingCredits: number;
                  present: number;
                  seats: number;
                  violations: number;
                };
                day: string;
                /** @enum {string} */
                duty: 'proctor' | 'site_head' | 'supervisor' | 'centre';
                endsAt: string;
                entryClosesAt: string;
                entryOpensAt: string;
                may: {
                  approve: boolean;
                  observe: boolean;
                  proctor: boolean;
                };
                /** @enum {string} */
                mode: 'paper' | 'computer';
                roomId: string;
                roomName: string;
                signed: boolean;
                siteId: string;
                siteName: string;
                sittingId: string;
                /** @enum {string} */
                sittingKind: 'theory' | 'skill' | 'review';
                startsAt: string;
              };
              roomEndsAt: string;
              signatures: {
                name: string;
                personId: string | null;
                signedAt: string;
                userId: string;
              }[];
              signed: boolean;
              violations: {
                applicationId: string;
                candidateName: string;
                clause: string;
                clauseName: string;
                createdAt: string;
                description: string;
                evidence: {
                  id: string;
                  name: string;
                  url: string;
                }[];
                id: string;
                occurredAt: string;
                personId: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
                tier: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/record.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考场情况记录表（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/record/observations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 督导意见 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attendance: {
                absent: number;
                absentees: {
                  applicationId: string;
                  name: string;
                  /** @enum {string} */
                  reason: 'no_show' | 'late' | 'documents' | 'identity';
                  seatNo: number;
                  ticketNumber: string | null;
                }[];
                pending: number;
                present: number;
                seats: number;
              };
              computer: {
                attempts: number;
                auto: number;
                byCandidate: number;
                byProctor: number;
                started: number;
                submitted: number;
              } | null;
              incidents: {
                applicationId: string | null;
                candidateName: string | null;
                createdAt: string;
                creditMinutes: number;
                /** @enum {string} */
                creditScope: 'none' | 'candidate' | 'room';
                /** @enum {string} */
                creditState: 'none' | 'pending' | 'approved' | 'rejected';
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                description: string;
                handling: string;
                id: string;
                kind: string;
                kindName: string;
                occurredAt: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
              }[];
              observations: {
                at: string;
                name: string;
                text: string;
                userId: string;
              }[];
              proctors: {
                name: string;
                personId: string;
                signedAt: string | null;
              }[];
              room: {
                batchId: string;
                batchTitle: string;
                counts: {
                  absent: number;
                  incidents: number;
                  pending: number;
                  pendingCredits: number;
                  present: number;
                  seats: number;
                  violations: number;
                };
                day: string;
                /** @enum {string} */
                duty: 'proctor' | 'site_head' | 'supervisor' | 'centre';
                endsAt: string;
                entryClosesAt: string;
                entryOpensAt: string;
                may: {
                  approve: boolean;
                  observe: boolean;
                  proctor: boolean;
                };
                /** @enum {string} */
                mode: 'paper' | 'computer';
                roomId: string;
                roomName: string;
                signed: boolean;
                siteId: string;
                siteName: string;
                sittingId: string;
                /** @enum {string} */
                sittingKind: 'theory' | 'skill' | 'review';
                startsAt: string;
              };
              roomEndsAt: string;
              signatures: {
                name: string;
                personId: string | null;
                signedAt: string;
                userId: string;
              }[];
              signed: boolean;
              violations: {
                applicationId: string;
                candidateName: string;
                clause: string;
                clauseName: string;
                createdAt: string;
                description: string;
                evidence: {
                  id: string;
                  name: string;
                  url: string;
                }[];
                id: string;
                occurredAt: string;
                personId: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
                tier: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/record/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 监考员签字 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attendance: {
                absent: number;
                absentees: {
                  applicationId: string;
                  name: string;
                  /** @enum {string} */
                  reason: 'no_show' | 'late' | 'documents' | 'identity';
                  seatNo: number;
                  ticketNumber: string | null;
                }[];
                pending: number;
                present: number;
                seats: number;
              };
              computer: {
                attempts: number;
                auto: number;
                byCandidate: number;
                byProctor: number;
                started: number;
                submitted: number;
              } | null;
              incidents: {
                applicationId: string | null;
                candidateName: string | null;
                createdAt: string;
                creditMinutes: number;
                /** @enum {string} */
                creditScope: 'none' | 'candidate' | 'room';
                /** @enum {string} */
                creditState: 'none' | 'pending' | 'approved' | 'rejected';
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                description: string;
                handling: string;
                id: string;
                kind: string;
                kindName: string;
                occurredAt: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
              }[];
              observations: {
                at: string;
                name: string;
                text: string;
                userId: string;
              }[];
              proctors: {
                name: string;
                personId: string;
                signedAt: string | null;
              }[];
              room: {
                batchId: string;
                batchTitle: string;
                counts: {
                  absent: number;
                  incidents: number;
                  pending: number;
                  pendingCredits: number;
                  present: number;
                  seats: number;
                  violations: number;
                };
                day: string;
                /** @enum {string} */
                duty: 'proctor' | 'site_head' | 'supervisor' | 'centre';
                endsAt: string;
                entryClosesAt: string;
                entryOpensAt: string;
                may: {
                  approve: boolean;
                  observe: boolean;
                  proctor: boolean;
                };
                /** @enum {string} */
                mode: 'paper' | 'computer';
                roomId: string;
                roomName: string;
                signed: boolean;
                siteId: string;
                siteName: string;
                sittingId: string;
                /** @enum {string} */
                sittingKind: 'theory' | 'skill' | 'review';
                startsAt: string;
              };
              roomEndsAt: string;
              signatures: {
                name: string;
                personId: string | null;
                signedAt: string;
                userId: string;
              }[];
              signed: boolean;
              violations: {
                applicationId: string;
                candidateName: string;
                clause: string;
                clauseName: string;
                createdAt: string;
                description: string;
                evidence: {
                  id: string;
                  name: string;
                  url: string;
                }[];
                id: string;
                occurredAt: string;
                personId: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
                tier: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 继续考试（暂停时间顺延） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/rooms/{sittingId}/{roomId}/violations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考场违纪记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicationId: string;
                candidateName: string;
                clause: string;
                clauseName: string;
                createdAt: string;
                description: string;
                evidence: {
                  id: string;
                  name: string;
                  url: string;
                }[];
                id: string;
                occurredAt: string;
                personId: string;
                recordedByName: string;
                roomId: string;
                seatNo: number | null;
                sittingId: string;
                tier: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 记录违纪 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roomId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            applicationId: string;
            clause: string;
            description: string;
            /** @default [] */
            evidenceFileIds?: string[];
            /** Format: date-time */
            occurredAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicationId: string;
              candidateName: string;
              clause: string;
              clauseName: string;
              createdAt: string;
              description: string;
              evidence: {
                id: string;
                name: string;
                url: string;
              }[];
              id: string;
              occurredAt: string;
              personId: string;
              recordedByName: string;
              roomId: string;
              seatNo: number | null;
              sittingId: string;
              tier: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考试实施设置 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              settings: {
                earlyFinishAfterMinutes: number;
                earlyFinishAllowed: boolean;
                entryBeforeMinutes: number;
                entryCloseAfterMinutes: number;
                graceSeconds: number;
                offlineMinutes: number;
              };
              updatedAt: string | null;
              updatedByName: string | null;
            };
          };
        };
      };
    };
    /** 修改考试实施设置 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            earlyFinishAfterMinutes: number;
            earlyFinishAllowed: boolean;
            entryBeforeMinutes: number;
            entryCloseAfterMinutes: number;
            graceSeconds: number;
            offlineMinutes: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              settings: {
                earlyFinishAfterMinutes: number;
                earlyFinishAllowed: boolean;
                entryBeforeMinutes: number;
                entryCloseAfterMinutes: number;
                graceSeconds: number;
                offlineMinutes: number;
              };
              updatedAt: string | null;
              updatedByName: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/sittings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已发布编排的考核场次（考试方式与机考准备） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                attempts: number;
                batchId: string;
                batchTitle: string;
                day: string;
                endsAt: string;
                /** @enum {string} */
                kind: 'theory' | 'skill' | 'review';
                /** @enum {string} */
                mode: 'paper' | 'computer';
                preparedAt: string | null;
                seats: number;
                sittingId: string;
                started: number;
                startsAt: string;
                submitted: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/sittings/{sittingId}/mode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置考试方式（纸笔或机考） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            mode: 'paper' | 'computer';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exams/sittings/{sittingId}/prepare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 机考准备：为每个座位生成加密试卷 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attempts: number;
              preparedAt: string;
              rooms: {
                roomId: string;
                roomName: string;
                seats: number;
              }[];
              sittingId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 专家列表 */
    get: {
      parameters: {
        query?: {
          keyword?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                birthYear: number | null;
                daysLeft: number;
                examiningYears: number;
                id: string;
                idMasked: string;
                leader: boolean;
                name: string;
                newOccupation: boolean;
                occupation: {
                  code: string;
                  edition: string;
                  name: string;
                };
                ownStaff: boolean;
                personId: string;
                revoked: boolean;
                skillLevel: number | null;
                termEnd: string;
                termStart: string;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                /** @enum {string} */
                validity: 'valid' | 'expiring' | 'expired' | 'revoked';
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 聘任专家（新聘或续聘一个聘期） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            examiningYears: number;
            /** @default false */
            leader?: boolean;
            /** @default false */
            newOccupation?: boolean;
            occupation: {
              code: string;
              edition: string;
              name: string;
            };
            /** Format: uuid */
            personId: string & string;
            termStart: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              birthYear: number | null;
              daysLeft: number;
              examiningYears: number;
              id: string;
              idMasked: string;
              leader: boolean;
              name: string;
              newOccupation: boolean;
              occupation: {
                code: string;
                edition: string;
                name: string;
              };
              ownStaff: boolean;
              personId: string;
              revoked: boolean;
              skillLevel: number | null;
              termEnd: string;
              termStart: string;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              /** @enum {string} */
              validity: 'valid' | 'expiring' | 'expired' | 'revoked';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fee-standards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 收费标准列表 */
    get: {
      parameters: {
        query?: {
          keyword?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                amount: number;
                approvedPrice: number;
                code: string;
                edition: string;
                free: boolean;
                id: string;
                level: number;
                note: string | null;
                occupationId: string;
                occupationName: string;
                partAmount: number | null;
                studentAmount: number | null;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增收费标准 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            approvedPrice: number;
            code: string;
            edition: string;
            /** @default false */
            free?: boolean;
            level: number;
            note?: string | null;
            partAmount?: number | null;
            studentAmount?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              amount: number;
              approvedPrice: number;
              code: string;
              edition: string;
              free: boolean;
              id: string;
              level: number;
              note: string | null;
              occupationId: string;
              occupationName: string;
              partAmount: number | null;
              studentAmount: number | null;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fee-standards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改收费标准 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            approvedPrice: number;
            code: string;
            edition: string;
            /** @default false */
            free?: boolean;
            level: number;
            note?: string | null;
            partAmount?: number | null;
            studentAmount?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              amount: number;
              approvedPrice: number;
              code: string;
              edition: string;
              free: boolean;
              id: string;
              level: number;
              note: string | null;
              occupationId: string;
              occupationName: string;
              partAmount: number | null;
              studentAmount: number | null;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    /** 删除收费标准 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传文件（multipart/form-data：purpose 字段 + file 文件） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              id: string;
              mime: string;
              name: string;
              purpose: string;
              size: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载文件 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 备案申请列表 */
    get: {
      parameters: {
        query?: {
          keyword?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                category: 'initial' | 'incremental';
                createdAt: string;
                decidedAt: string | null;
                id: string;
                replyDate: string | null;
                replyNumber: string | null;
                returnReason: string | null;
                rowCount: number;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'approved' | 'returned';
                submittedAt: string | null;
                title: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建备案申请（初次备案或增量备案） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            category: 'initial' | 'incremental';
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'initial' | 'incremental';
              createdAt: string;
              decidedAt: string | null;
              id: string;
              replyDate: string | null;
              replyNumber: string | null;
              returnReason: string | null;
              rowCount: number;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 备案申请详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'initial' | 'incremental';
              createdAt: string;
              decidedAt: string | null;
              id: string;
              replyDate: string | null;
              replyNumber: string | null;
              returnReason: string | null;
              rowCount: number;
              rows: {
                activatedAt: string | null;
                approvals: {
                  approvedBy: string;
                  approvedOn: string;
                  collegeId: string;
                  collegeName: string;
                  id: string;
                  note: string | null;
                  number: string | null;
                }[];
                code: string;
                collegeId: string;
                collegeName: string;
                edition: string;
                filingId: string;
                id: string;
                jobName: string | null;
                levels: number[];
                major: string | null;
                occupationName: string;
                /** @enum {string} */
                standardType: 'national' | 'spec';
                /** @enum {string} */
                status: 'pending' | 'active';
              }[];
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}/application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 备案申请表（汇总数据与提示） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              examiners: {
                certificateNumber: string;
                detail: string;
                idMasked: string;
                name: string;
                occupation: string;
                ownStaff: boolean;
                title: string;
              }[];
              examinersPerOccupation: {
                code: string;
                count: number;
                name: string;
              }[];
              experts: {
                detail: string;
                idMasked: string;
                name: string;
                occupation: string;
                ownStaff: boolean;
                title: string;
              }[];
              filing: {
                /** @enum {string} */
                category: 'initial' | 'incremental';
                createdAt: string;
                decidedAt: string | null;
                id: string;
                replyDate: string | null;
                replyNumber: string | null;
                returnReason: string | null;
                rowCount: number;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'approved' | 'returned';
                submittedAt: string | null;
                title: string;
              };
              peopleAvailable: boolean;
              staff: {
                detail: string;
                idMasked: string;
                name: string;
                ownStaff: boolean;
                title: string;
              }[];
              supervisors: {
                detail: string;
                idMasked: string;
                name: string;
                ownStaff: boolean;
                title: string;
              }[];
              warnings: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记备案回执（文号、日期），认定范围生效 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            filingCode?: string | null;
            replyDate: string;
            replyNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'initial' | 'incremental';
              createdAt: string;
              decidedAt: string | null;
              id: string;
              replyDate: string | null;
              replyNumber: string | null;
              returnReason: string | null;
              rowCount: number;
              rows: {
                activatedAt: string | null;
                approvals: {
                  approvedBy: string;
                  approvedOn: string;
                  collegeId: string;
                  collegeName: string;
                  id: string;
                  note: string | null;
                  number: string | null;
                }[];
                code: string;
                collegeId: string;
                collegeName: string;
                edition: string;
                filingId: string;
                id: string;
                jobName: string | null;
                levels: number[];
                major: string | null;
                occupationName: string;
                /** @enum {string} */
                standardType: 'national' | 'spec';
                /** @enum {string} */
                status: 'pending' | 'active';
              }[];
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载备案申请表（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记退回 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'initial' | 'incremental';
              createdAt: string;
              decidedAt: string | null;
              id: string;
              replyDate: string | null;
              replyNumber: string | null;
              returnReason: string | null;
              rowCount: number;
              rows: {
                activatedAt: string | null;
                approvals: {
                  approvedBy: string;
                  approvedOn: string;
                  collegeId: string;
                  collegeName: string;
                  id: string;
                  note: string | null;
                  number: string | null;
                }[];
                code: string;
                collegeId: string;
                collegeName: string;
                edition: string;
                filingId: string;
                id: string;
                jobName: string | null;
                levels: number[];
                major: string | null;
                occupationName: string;
                /** @enum {string} */
                standardType: 'national' | 'spec';
                /** @enum {string} */
                status: 'pending' | 'active';
              }[];
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}/rows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 添加申请认定的职业（工种） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** Format: uuid */
            collegeId: string & string;
            /** @enum {string} */
            edition: '2015' | '2022';
            jobName?: string | null;
            levels: number[];
            major?: string | null;
            /** @enum {string} */
            standardType: 'national' | 'spec';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'initial' | 'incremental';
              createdAt: string;
              decidedAt: string | null;
              id: string;
              replyDate: string | null;
              replyNumber: string | null;
              returnReason: string | null;
              rowCount: number;
              rows: {
                activatedAt: string | null;
                approvals: {
                  approvedBy: string;
                  approvedOn: string;
                  collegeId: string;
                  collegeName: string;
                  id: string;
                  note: string | null;
                  number: string | null;
                }[];
                code: string;
                collegeId: string;
                collegeName: string;
                edition: string;
                filingId: string;
                id: string;
                jobName: string | null;
                levels: number[];
                major: string | null;
                occupationName: string;
                /** @enum {string} */
                standardType: 'national' | 'spec';
                /** @enum {string} */
                status: 'pending' | 'active';
              }[];
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}/rows/{rowId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除申请认定的职业（工种） */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          rowId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'initial' | 'incremental';
              createdAt: string;
              decidedAt: string | null;
              id: string;
              replyDate: string | null;
              replyNumber: string | null;
              returnReason: string | null;
              rowCount: number;
              rows: {
                activatedAt: string | null;
                approvals: {
                  approvedBy: string;
                  approvedOn: string;
                  collegeId: string;
                  collegeName: string;
                  id: string;
                  note: string | null;
                  number: string | null;
                }[];
                code: string;
                collegeId: string;
                collegeName: string;
                edition: string;
                filingId: string;
                id: string;
                jobName: string | null;
                levels: number[];
                major: string | null;
                occupationName: string;
                /** @enum {string} */
                standardType: 'national' | 'spec';
                /** @enum {string} */
                status: 'pending' | 'active';
              }[];
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报送备案申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'initial' | 'incremental';
              createdAt: string;
              decidedAt: string | null;
              id: string;
              replyDate: string | null;
              replyNumber: string | null;
              returnReason: string | null;
              rowCount: number;
              rows: {
                activatedAt: string | null;
                approvals: {
                  approvedBy: string;
                  approvedOn: string;
                  collegeId: string;
                  collegeName: string;
                  id: string;
                  note: string | null;
                  number: string | null;
                }[];
                code: string;
                collegeId: string;
                collegeName: string;
                edition: string;
                filingId: string;
                id: string;
                jobName: string | null;
                levels: number[];
                major: string | null;
                occupationName: string;
                /** @enum {string} */
                standardType: 'national' | 'spec';
                /** @enum {string} */
                status: 'pending' | 'active';
              }[];
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{id}/xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载汇总表及认定范围清单（Excel） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/finance/batches/{id}/staff-fees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按考场编排计算劳务费 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            spentOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
              total: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/finance/expenses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次支出列表 */
    get: {
      parameters: {
        query: {
          batchId: string & string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                amount: number;
                batchId: string;
                /** @enum {string} */
                category:
                  | 'examiner_fee'
                  | 'supervisor_fee'
                  | 'proctor_fee'
                  | 'staff_fee'
                  | 'materials'
                  | 'venue'
                  | 'printing'
                  | 'other';
                createdAt: string;
                /** @enum {string|null} */
                duty: 'examiner' | 'supervisor' | 'proctor' | 'site_head' | 'exam_staff' | null;
                id: string;
                note: string | null;
                payee: string;
                recordedByName: string | null;
                sittings: number | null;
                /** @enum {string} */
                source: 'manual' | 'arrangement';
                spentOn: string;
                voided: boolean;
                voidReason: string | null;
                voucherNumber: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记支出 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            /** Format: uuid */
            batchId: string & string;
            /** @enum {string} */
            expenseCategory:
              | 'examiner_fee'
              | 'supervisor_fee'
              | 'proctor_fee'
              | 'staff_fee'
              | 'materials'
              | 'venue'
              | 'printing'
              | 'other';
            note?: string | null;
            payee: string;
            spentOn: string;
            voucherNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              amount: number;
              batchId: string;
              /** @enum {string} */
              category:
                | 'examiner_fee'
                | 'supervisor_fee'
                | 'proctor_fee'
                | 'staff_fee'
                | 'materials'
                | 'venue'
                | 'printing'
                | 'other';
              createdAt: string;
              /** @enum {string|null} */
              duty: 'examiner' | 'supervisor' | 'proctor' | 'site_head' | 'exam_staff' | null;
              id: string;
              note: string | null;
              payee: string;
              recordedByName: string | null;
              sittings: number | null;
              /** @enum {string} */
              source: 'manual' | 'arrangement';
              spentOn: string;
              voided: boolean;
              voidReason: string | null;
              voucherNumber: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/finance/expenses/{id}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 作废支出 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              amount: number;
              batchId: string;
              /** @enum {string} */
              category:
                | 'examiner_fee'
                | 'supervisor_fee'
                | 'proctor_fee'
                | 'staff_fee'
                | 'materials'
                | 'venue'
                | 'printing'
                | 'other';
              createdAt: string;
              /** @enum {string|null} */
              duty: 'examiner' | 'supervisor' | 'proctor' | 'site_head' | 'exam_staff' | null;
              id: string;
              note: string | null;
              payee: string;
              recordedByName: string | null;
              sittings: number | null;
              /** @enum {string} */
              source: 'manual' | 'arrangement';
              spentOn: string;
              voided: boolean;
              voidReason: string | null;
              voucherNumber: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/finance/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 中心收支台账（按年度、批次） */
    get: {
      parameters: {
        query?: {
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                balance: number;
                batchId: string;
                batchTitle: string;
                expenses: number;
                payments: number;
                refunds: number;
                year: number;
              }[];
              totals: {
                balance: number;
                expenses: number;
                payments: number;
                refunds: number;
                year: number;
              }[];
              years: number[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/finance/rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 劳务费标准 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rates: {
                exam_staff: number;
                examiner: number;
                proctor: number;
                site_head: number;
                supervisor: number;
              };
            };
          };
        };
      };
    };
    /** 修改劳务费标准 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rates: {
              exam_staff: number;
              examiner: number;
              proctor: number;
              site_head: number;
              supervisor: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rates: {
                exam_staff: number;
                examiner: number;
                proctor: number;
                site_head: number;
                supervisor: number;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/finance/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次收支明细 */
    get: {
      parameters: {
        query: {
          batchId: string & string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: number;
              batchId: string;
              batchTitle: string;
              expenses: {
                amount: number;
                /** @enum {string} */
                category:
                  | 'examiner_fee'
                  | 'supervisor_fee'
                  | 'proctor_fee'
                  | 'staff_fee'
                  | 'materials'
                  | 'venue'
                  | 'printing'
                  | 'other';
                count: number;
              }[];
              income: {
                net: number;
                paymentCount: number;
                payments: number;
                refundCount: number;
                refunds: number;
              };
              items: {
                amount: number;
                batchId: string;
                /** @enum {string} */
                category:
                  | 'examiner_fee'
                  | 'supervisor_fee'
                  | 'proctor_fee'
                  | 'staff_fee'
                  | 'materials'
                  | 'venue'
                  | 'printing'
                  | 'other';
                createdAt: string;
                /** @enum {string|null} */
                duty: 'examiner' | 'supervisor' | 'proctor' | 'site_head' | 'exam_staff' | null;
                id: string;
                note: string | null;
                payee: string;
                recordedByName: string | null;
                sittings: number | null;
                /** @enum {string} */
                source: 'manual' | 'arrangement';
                spentOn: string;
                voided: boolean;
                voidReason: string | null;
                voucherNumber: string | null;
              }[];
              totalExpenses: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/finance/statement/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出批次收支明细表（Excel 或 PDF） */
    get: {
      parameters: {
        query: {
          batchId: string & string;
          format: 'xlsx' | 'pdf';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作台 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cards: {
                key: string;
                suffix?: string;
                title: string;
                value: number | string;
              }[];
              reminders: {
                /** @enum {string} */
                level: 'info' | 'warning' | 'error';
                link?: string;
                text: string;
              }[];
              tasks: {
                count: number;
                empty?: string;
                key: string;
                /** @enum {string} */
                level: 'info' | 'warning' | 'error';
                lines: {
                  count?: number;
                  detail?: string;
                  /** @enum {string} */
                  level?: 'info' | 'warning' | 'error';
                  link?: string;
                  tag?: string;
                  text: string;
                }[];
                link?: string;
                linkText?: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/assemblies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 组卷结果 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              blueprint: {
                id: string;
                level: number;
                occupationCode: string;
                occupationId: string;
                occupationName: string;
                /** @enum {string} */
                part: 'theory' | 'skill';
                title: string;
              };
              createdAt: string;
              formCount: number;
              id: string;
              /** @enum {string} */
              kind: 'fixed' | 'parallel' | 'per_candidate';
              papers: {
                assemblyId: string;
                createdAt: string;
                durationMinutes: number;
                id: string;
                itemCount: number;
                /** @enum {string} */
                kind: 'fixed' | 'parallel' | 'per_candidate';
                label: string;
                level: number;
                occupationName: string;
                personName: string | null;
                publishedAt: string | null;
                sealHash: string | null;
                /** @enum {string} */
                state: 'draft' | 'published';
                title: string;
                totalPoints: number;
              }[];
              passed: boolean;
              planId: string;
              planName: string;
              published: number;
              report: {
                capacity: {
                  cells: {
                    available: number;
                    cell: string;
                    forms: number;
                    label: string;
                    lacking: number;
                    perForm: number;
                  }[];
                  maxForms: number;
                  short: {
                    available: number;
                    cell: string;
                    forms: number;
                    label: string;
                    lacking: number;
                    perForm: number;
                  }[];
                };
                cells: {
                  cell: string;
                  label: string;
                  max: number;
                  min: number;
                  planned: number;
                }[];
                maxExposure: number;
                maxOverlap: number;
                millis: number;
                unmet: {
                  cell?: string;
                  constraint: string;
                  form: number | null;
                  lacking?: number;
                  message: string;
                }[];
                violations: {
                  form: number | null;
                  message: string;
                  rule: string;
                }[];
              };
              seed: number;
              sittingLabel: string | null;
              spec: {
                difficulty: {
                  1: number;
                  2: number;
                  3: number;
                };
                durationMinutes: number;
                maxExposure: number;
                maxOverlap: number;
                minXPoints: number | null;
                onePerPoint: boolean;
                ranges: {
                  count: number;
                  /** Format: uuid */
                  rangeId: string;
                }[];
                sections: {
                  count: number;
                  pointsEach: number;
                  /** @enum {string} */
                  type: 'single' | 'multiple' | 'truefalse' | 'skill';
                }[];
                shuffleOptions: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/assemblies/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布并封存试卷 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              papers: {
                assemblyId: string;
                createdAt: string;
                durationMinutes: number;
                id: string;
                itemCount: number;
                /** @enum {string} */
                kind: 'fixed' | 'parallel' | 'per_candidate';
                label: string;
                level: number;
                occupationName: string;
                personName: string | null;
                publishedAt: string | null;
                sealHash: string | null;
                /** @enum {string} */
                state: 'draft' | 'published';
                title: string;
                totalPoints: number;
              }[];
              published: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/assemblies/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 组卷报告（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/blueprints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 鉴定要素细目表列表 */
    get: {
      parameters: {
        query?: {
          level?: number;
          occupationId?: string;
          part?: 'theory' | 'skill';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                edition: string;
                id: string;
                itemCount: number;
                level: number;
                levelName: string;
                occupationCode: string;
                occupationId: string;
                occupationName: string;
                /** @enum {string} */
                part: 'theory' | 'skill';
                partName: string;
                pointCount: number;
                rangeCount: number;
                source: string | null;
                title: string;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建细目表 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            level: number;
            /** Format: uuid */
            occupationId: string;
            /** @enum {string} */
            part: 'theory' | 'skill';
            source?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDelete: boolean;
              edition: string;
              id: string;
              itemCount: number;
              level: number;
              levelName: string;
              nodes: {
                code: string;
                depth: number;
                id: string;
                /** @enum {string|null} */
                importance: 'X' | 'Y' | 'Z' | null;
                items: {
                  active: number;
                  draft: number;
                  retired: number;
                  reviewed: number;
                };
                /** @enum {string} */
                kind: 'range' | 'point';
                name: string;
                parentId: string | null;
                sortOrder: number;
                weight: number | null;
              }[];
              occupationCode: string;
              occupationId: string;
              occupationName: string;
              /** @enum {string} */
              part: 'theory' | 'skill';
              partName: string;
              pointCount: number;
              rangeCount: number;
              shares: {
                X: number;
                Y: number;
                Z: number;
              };
              source: string | null;
              title: string;
              updatedAt: string;
              warnings: {
                /** @enum {string} */
                check: 'x_share' | 'z_share' | 'items_per_point' | 'weight_sum' | 'no_points';
                codes: string[];
                message: string;
                setting: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/blueprints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 细目表（树与检查提示） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDelete: boolean;
              edition: string;
              id: string;
              itemCount: number;
              level: number;
              levelName: string;
              nodes: {
                code: string;
                depth: number;
                id: string;
                /** @enum {string|null} */
                importance: 'X' | 'Y' | 'Z' | null;
                items: {
                  active: number;
                  draft: number;
                  retired: number;
                  reviewed: number;
                };
                /** @enum {string} */
                kind: 'range' | 'point';
                name: string;
                parentId: string | null;
                sortOrder: number;
                weight: number | null;
              }[];
              occupationCode: string;
              occupationId: string;
              occupationName: string;
              /** @enum {string} */
              part: 'theory' | 'skill';
              partName: string;
              pointCount: number;
              rangeCount: number;
              shares: {
                X: number;
                Y: number;
                Z: number;
              };
              source: string | null;
              title: string;
              updatedAt: string;
              warnings: {
                /** @enum {string} */
                check: 'x_share' | 'z_share' | 'items_per_point' | 'weight_sum' | 'no_points';
                codes: string[];
                message: string;
                setting: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** 删除细目表（无试题时） */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/blueprints/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出细目表（Excel，与导入格式相同） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/blueprints/{id}/nodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 新增鉴定范围或鉴定点 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** @enum {string|null} */
            importance?: 'X' | 'Y' | 'Z' | null;
            /** @enum {string} */
            kind: 'range' | 'point';
            name: string;
            /** Format: uuid */
            parentId: string | null;
            weight?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDelete: boolean;
              edition: string;
              id: string;
              itemCount: number;
              level: number;
              levelName: string;
              nodes: {
                code: string;
                depth: number;
                id: string;
                /** @enum {string|null} */
                importance: 'X' | 'Y' | 'Z' | null;
                items: {
                  active: number;
                  draft: number;
                  retired: number;
                  reviewed: number;
                };
                /** @enum {string} */
                kind: 'range' | 'point';
                name: string;
                parentId: string | null;
                sortOrder: number;
                weight: number | null;
              }[];
              occupationCode: string;
              occupationId: string;
              occupationName: string;
              /** @enum {string} */
              part: 'theory' | 'skill';
              partName: string;
              pointCount: number;
              rangeCount: number;
              shares: {
                X: number;
                Y: number;
                Z: number;
              };
              source: string | null;
              title: string;
              updatedAt: string;
              warnings: {
                /** @enum {string} */
                check: 'x_share' | 'z_share' | 'items_per_point' | 'weight_sum' | 'no_points';
                codes: string[];
                message: string;
                setting: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/blueprints/{id}/nodes/{nodeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改或移动节点 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          nodeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** @enum {string|null} */
            importance?: 'X' | 'Y' | 'Z' | null;
            name: string;
            /** Format: uuid */
            parentId: string | null;
            sortOrder?: number;
            weight?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDelete: boolean;
              edition: string;
              id: string;
              itemCount: number;
              level: number;
              levelName: string;
              nodes: {
                code: string;
                depth: number;
                id: string;
                /** @enum {string|null} */
                importance: 'X' | 'Y' | 'Z' | null;
                items: {
                  active: number;
                  draft: number;
                  retired: number;
                  reviewed: number;
                };
                /** @enum {string} */
                kind: 'range' | 'point';
                name: string;
                parentId: string | null;
                sortOrder: number;
                weight: number | null;
              }[];
              occupationCode: string;
              occupationId: string;
              occupationName: string;
              /** @enum {string} */
              part: 'theory' | 'skill';
              partName: string;
              pointCount: number;
              rangeCount: number;
              shares: {
                X: number;
                Y: number;
                Z: number;
              };
              source: string | null;
              title: string;
              updatedAt: string;
              warnings: {
                /** @enum {string} */
                check: 'x_share' | 'z_share' | 'items_per_point' | 'weight_sum' | 'no_points';
                codes: string[];
                message: string;
                setting: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    /** 删除节点（及其下级） */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          nodeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDelete: boolean;
              edition: string;
              id: string;
              itemCount: number;
              level: number;
              levelName: string;
              nodes: {
                code: string;
                depth: number;
                id: string;
                /** @enum {string|null} */
                importance: 'X' | 'Y' | 'Z' | null;
                items: {
                  active: number;
                  draft: number;
                  retired: number;
                  reviewed: number;
                };
                /** @enum {string} */
                kind: 'range' | 'point';
                name: string;
                parentId: string | null;
                sortOrder: number;
                weight: number | null;
              }[];
              occupationCode: string;
              occupationId: string;
              occupationName: string;
              /** @enum {string} */
              part: 'theory' | 'skill';
              partName: string;
              pointCount: number;
              rangeCount: number;
              shares: {
                X: number;
                Y: number;
                Z: number;
              };
              source: string | null;
              title: string;
              updatedAt: string;
              warnings: {
                /** @enum {string} */
                check: 'x_share' | 'z_share' | 'items_per_point' | 'weight_sum' | 'no_points';
                codes: string[];
                message: string;
                setting: string;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/blueprints/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入细目表（有错误则全部不导入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDelete: boolean;
              edition: string;
              id: string;
              itemCount: number;
              level: number;
              levelName: string;
              nodes: {
                code: string;
                depth: number;
                id: string;
                /** @enum {string|null} */
                importance: 'X' | 'Y' | 'Z' | null;
                items: {
                  active: number;
                  draft: number;
                  retired: number;
                  reviewed: number;
                };
                /** @enum {string} */
                kind: 'range' | 'point';
                name: string;
                parentId: string | null;
                sortOrder: number;
                weight: number | null;
              }[];
              occupationCode: string;
              occupationId: string;
              occupationName: string;
              /** @enum {string} */
              part: 'theory' | 'skill';
              partName: string;
              pointCount: number;
              rangeCount: number;
              shares: {
                X: number;
                Y: number;
                Z: number;
              };
              source: string | null;
              title: string;
              updatedAt: string;
              warnings: {
                /** @enum {string} */
                check: 'x_share' | 'z_share' | 'items_per_point' | 'weight_sum' | 'no_points';
                codes: string[];
                message: string;
                setting: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/blueprints/occupations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可建细目表的职业（认定范围） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                code: string;
                edition: string;
                levels: number[];
                name: string;
                occupationId: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/blueprints/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载细目表导入模板 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试题列表（不含答案） */
    get: {
      parameters: {
        query?: {
          blueprintId?: string;
          difficulty?: number;
          keyword?: string;
          page?: number;
          pageSize?: number;
          pointId?: string;
          state?: 'draft' | 'reviewed' | 'active' | 'retired';
          type?: 'single' | 'multiple' | 'truefalse' | 'skill';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                authorName: string | null;
                blueprintId: string;
                blueprintTitle: string;
                code: string;
                difficulty: number;
                difficultyName: string;
                id: string;
                pointCode: string;
                pointId: string;
                pointName: string;
                returned: boolean;
                /** @enum {string} */
                state: 'draft' | 'reviewed' | 'active' | 'retired';
                stateName: string;
                stem: string;
                /** @enum {string} */
                type: 'single' | 'multiple' | 'truefalse' | 'skill';
                typeName: string;
                updatedAt: string;
                version: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增试题（草稿） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            blueprintId: string;
            content:
              | {
                  answer: string[];
                  explanation?: string | null;
                  options: {
                    /** Format: uuid */
                    imageFileId?: string | null;
                    key: string;
                    text: string;
                  }[];
                  stem: string;
                  /** @default [] */
                  stemImageFileIds?: string[];
                  /** @enum {string} */
                  type: 'single';
                }
              | {
                  answer: string[];
                  explanation?: string | null;
                  options: {
                    /** Format: uuid */
                    imageFileId?: string | null;
                    key: string;
                    text: string;
                  }[];
                  stem: string;
                  /** @default [] */
                  stemImageFileIds?: string[];
                  /** @enum {string} */
                  type: 'multiple';
                }
              | {
                  answer: boolean;
                  explanation?: string | null;
                  stem: string;
                  /** @default [] */
                  stemImageFileIds?: string[];
                  /** @enum {string} */
                  type: 'truefalse';
                }
              | {
                  equipment: string[];
                  explanation?: string | null;
                  materials: string[];
                  overtimeRule: string;
                  stem: string;
                  /** @default [] */
                  stemImageFileIds?: string[];
                  steps: {
                    criteria: string;
                    deductions: {
                      points: number;
                      text: string;
                    }[];
                    element: string;
                    points: number;
                    requirement: string;
                    veto: boolean;
                  }[];
                  timeLimitMinutes: number;
                  /** @enum {string} */
                  type: 'skill';
                };
            difficulty: number;
            enemyKey?: string | null;
            /** @default false */
            noShuffle?: boolean;
            /** Format: uuid */
            pointId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorName: string | null;
              blueprintId: string;
              blueprintTitle: string;
              code: string;
              content:
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'single';
                  }
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'multiple';
                  }
                | {
                    answer: boolean;
                    explanation?: string | null;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'truefalse';
                  }
                | {
                    equipment: string[];
                    explanation?: string | null;
                    materials: string[];
                    overtimeRule: string;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    steps: {
                      criteria: string;
                      deductions: {
                        points: number;
                        text: string;
                      }[];
                      element: string;
                      points: number;
                      requirement: string;
                      veto: boolean;
                    }[];
                    timeLimitMinutes: number;
                    /** @enum {string} */
                    type: 'skill';
                  };
              difficulty: number;
              difficultyName: string;
              enemyKey: string | null;
              id: string;
              level: number;
              may: {
                activate: boolean;
                edit: boolean;
                retire: boolean;
                review: boolean;
              };
              noShuffle: boolean;
              occupationName: string;
              pointCode: string;
              pointId: string;
              pointName: string;
              pointsTotal: number | null;
              returned: boolean;
              reviewedAt: string | null;
              reviewerName: string | null;
              reviewNote: string | null;
              /** @enum {string} */
              state: 'draft' | 'reviewed' | 'active' | 'retired';
              stateName: string;
              statistics: {
                answered: number;
                computedAt: string;
                difficulty: number;
                discrimination: number | null;
                sitting: string;
                version: number;
              }[];
              stem: string;
              /** @enum {string} */
              type: 'single' | 'multiple' | 'truefalse' | 'skill';
              typeName: string;
              updatedAt: string;
              version: number;
              versions: {
                contentHash: string;
                createdAt: string;
                createdByName: string | null;
                current: boolean;
                difficulty: number;
                id: string;
                usedAt: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试题详情（含答案，记录查看） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorName: string | null;
              blueprintId: string;
              blueprintTitle: string;
              code: string;
              content:
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'single';
                  }
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'multiple';
                  }
                | {
                    answer: boolean;
                    explanation?: string | null;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'truefalse';
                  }
                | {
                    equipment: string[];
                    explanation?: string | null;
                    materials: string[];
                    overtimeRule: string;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    steps: {
                      criteria: string;
                      deductions: {
                        points: number;
                        text: string;
                      }[];
                      element: string;
                      points: number;
                      requirement: string;
                      veto: boolean;
                    }[];
                    timeLimitMinutes: number;
                    /** @enum {string} */
                    type: 'skill';
                  };
              difficulty: number;
              difficultyName: string;
              enemyKey: string | null;
              id: string;
              level: number;
              may: {
                activate: boolean;
                edit: boolean;
                retire: boolean;
                review: boolean;
              };
              noShuffle: boolean;
              occupationName: string;
              pointCode: string;
              pointId: string;
              pointName: string;
              pointsTotal: number | null;
              returned: boolean;
              reviewedAt: string | null;
              reviewerName: string | null;
              reviewNote: string | null;
              /** @enum {string} */
              state: 'draft' | 'reviewed' | 'active' | 'retired';
              stateName: string;
              statistics: {
                answered: number;
                computedAt: string;
                difficulty: number;
                discrimination: number | null;
                sitting: string;
                version: number;
              }[];
              stem: string;
              /** @enum {string} */
              type: 'single' | 'multiple' | 'truefalse' | 'skill';
              typeName: string;
              updatedAt: string;
              version: number;
              versions: {
                contentHash: string;
                createdAt: string;
                createdByName: string | null;
                current: boolean;
                difficulty: number;
                id: string;
                usedAt: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    /** 修改试题（启用的试题生成新版本；已被试卷使用的版本不可修改） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            content:
              | {
                  answer: string[];
                  explanation?: string | null;
                  options: {
                    /** Format: uuid */
                    imageFileId?: string | null;
                    key: string;
                    text: string;
                  }[];
                  stem: string;
                  /** @default [] */
                  stemImageFileIds?: string[];
                  /** @enum {string} */
                  type: 'single';
                }
              | {
                  answer: string[];
                  explanation?: string | null;
                  options: {
                    /** Format: uuid */
                    imageFileId?: string | null;
                    key: string;
                    text: string;
                  }[];
                  stem: string;
                  /** @default [] */
                  stemImageFileIds?: string[];
                  /** @enum {string} */
                  type: 'multiple';
                }
              | {
                  answer: boolean;
                  explanation?: string | null;
                  stem: string;
                  /** @default [] */
                  stemImageFileIds?: string[];
                  /** @enum {string} */
                  type: 'truefalse';
                }
              | {
                  equipment: string[];
                  explanation?: string | null;
                  materials: string[];
                  overtimeRule: string;
                  stem: string;
                  /** @default [] */
                  stemImageFileIds?: string[];
                  steps: {
                    criteria: string;
                    deductions: {
                      points: number;
                      text: string;
                    }[];
                    element: string;
                    points: number;
                    requirement: string;
                    veto: boolean;
                  }[];
                  timeLimitMinutes: number;
                  /** @enum {string} */
                  type: 'skill';
                };
            difficulty: number;
            enemyKey?: string | null;
            /** @default false */
            noShuffle?: boolean;
            /** Format: uuid */
            pointId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorName: string | null;
              blueprintId: string;
              blueprintTitle: string;
              code: string;
              content:
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'single';
                  }
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'multiple';
                  }
                | {
                    answer: boolean;
                    explanation?: string | null;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'truefalse';
                  }
                | {
                    equipment: string[];
                    explanation?: string | null;
                    materials: string[];
                    overtimeRule: string;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    steps: {
                      criteria: string;
                      deductions: {
                        points: number;
                        text: string;
                      }[];
                      element: string;
                      points: number;
                      requirement: string;
                      veto: boolean;
                    }[];
                    timeLimitMinutes: number;
                    /** @enum {string} */
                    type: 'skill';
                  };
              difficulty: number;
              difficultyName: string;
              enemyKey: string | null;
              id: string;
              level: number;
              may: {
                activate: boolean;
                edit: boolean;
                retire: boolean;
                review: boolean;
              };
              noShuffle: boolean;
              occupationName: string;
              pointCode: string;
              pointId: string;
              pointName: string;
              pointsTotal: number | null;
              returned: boolean;
              reviewedAt: string | null;
              reviewerName: string | null;
              reviewNote: string | null;
              /** @enum {string} */
              state: 'draft' | 'reviewed' | 'active' | 'retired';
              stateName: string;
              statistics: {
                answered: number;
                computedAt: string;
                difficulty: number;
                discrimination: number | null;
                sitting: string;
                version: number;
              }[];
              stem: string;
              /** @enum {string} */
              type: 'single' | 'multiple' | 'truefalse' | 'skill';
              typeName: string;
              updatedAt: string;
              version: number;
              versions: {
                contentHash: string;
                createdAt: string;
                createdByName: string | null;
                current: boolean;
                difficulty: number;
                id: string;
                usedAt: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 启用试题 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorName: string | null;
              blueprintId: string;
              blueprintTitle: string;
              code: string;
              content:
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'single';
                  }
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'multiple';
                  }
                | {
                    answer: boolean;
                    explanation?: string | null;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'truefalse';
                  }
                | {
                    equipment: string[];
                    explanation?: string | null;
                    materials: string[];
                    overtimeRule: string;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    steps: {
                      criteria: string;
                      deductions: {
                        points: number;
                        text: string;
                      }[];
                      element: string;
                      points: number;
                      requirement: string;
                      veto: boolean;
                    }[];
                    timeLimitMinutes: number;
                    /** @enum {string} */
                    type: 'skill';
                  };
              difficulty: number;
              difficultyName: string;
              enemyKey: string | null;
              id: string;
              level: number;
              may: {
                activate: boolean;
                edit: boolean;
                retire: boolean;
                review: boolean;
              };
              noShuffle: boolean;
              occupationName: string;
              pointCode: string;
              pointId: string;
              pointName: string;
              pointsTotal: number | null;
              returned: boolean;
              reviewedAt: string | null;
              reviewerName: string | null;
              reviewNote: string | null;
              /** @enum {string} */
              state: 'draft' | 'reviewed' | 'active' | 'retired';
              stateName: string;
              statistics: {
                answered: number;
                computedAt: string;
                difficulty: number;
                discrimination: number | null;
                sitting: string;
                version: number;
              }[];
              stem: string;
              /** @enum {string} */
              type: 'single' | 'multiple' | 'truefalse' | 'skill';
              typeName: string;
              updatedAt: string;
              version: number;
              versions: {
                contentHash: string;
                createdAt: string;
                createdByName: string | null;
                current: boolean;
                difficulty: number;
                id: string;
                usedAt: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用试题 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorName: string | null;
              blueprintId: string;
              blueprintTitle: string;
              code: string;
              content:
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'single';
                  }
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'multiple';
                  }
                | {
                    answer: boolean;
                    explanation?: string | null;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'truefalse';
                  }
                | {
                    equipment: string[];
                    explanation?: string | null;
                    materials: string[];
                    overtimeRule: string;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    steps: {
                      criteria: string;
                      deductions: {
                        points: number;
                        text: string;
                      }[];
                      element: string;
                      points: number;
                      requirement: string;
                      veto: boolean;
                    }[];
                    timeLimitMinutes: number;
                    /** @enum {string} */
                    type: 'skill';
                  };
              difficulty: number;
              difficultyName: string;
              enemyKey: string | null;
              id: string;
              level: number;
              may: {
                activate: boolean;
                edit: boolean;
                retire: boolean;
                review: boolean;
              };
              noShuffle: boolean;
              occupationName: string;
              pointCode: string;
              pointId: string;
              pointName: string;
              pointsTotal: number | null;
              returned: boolean;
              reviewedAt: string | null;
              reviewerName: string | null;
              reviewNote: string | null;
              /** @enum {string} */
              state: 'draft' | 'reviewed' | 'active' | 'retired';
              stateName: string;
              statistics: {
                answered: number;
                computedAt: string;
                difficulty: number;
                discrimination: number | null;
                sitting: string;
                version: number;
              }[];
              stem: string;
              /** @enum {string} */
              type: 'single' | 'multiple' | 'truefalse' | 'skill';
              typeName: string;
              updatedAt: string;
              version: number;
              versions: {
                contentHash: string;
                createdAt: string;
                createdByName: string | null;
                current: boolean;
                difficulty: number;
                id: string;
                usedAt: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核试题（通过或退回；编写人不能审核） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approve: boolean;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorName: string | null;
              blueprintId: string;
              blueprintTitle: string;
              code: string;
              content:
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'single';
                  }
                | {
                    answer: string[];
                    explanation?: string | null;
                    options: {
                      /** Format: uuid */
                      imageFileId?: string | null;
                      key: string;
                      text: string;
                    }[];
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'multiple';
                  }
                | {
                    answer: boolean;
                    explanation?: string | null;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    /** @enum {string} */
                    type: 'truefalse';
                  }
                | {
                    equipment: string[];
                    explanation?: string | null;
                    materials: string[];
                    overtimeRule: string;
                    stem: string;
                    /** @default [] */
                    stemImageFileIds: string[];
                    steps: {
                      criteria: string;
                      deductions: {
                        points: number;
                        text: string;
                      }[];
                      element: string;
                      points: number;
                      requirement: string;
                      veto: boolean;
                    }[];
                    timeLimitMinutes: number;
                    /** @enum {string} */
                    type: 'skill';
                  };
              difficulty: number;
              difficultyName: string;
              enemyKey: string | null;
              id: string;
              level: number;
              may: {
                activate: boolean;
                edit: boolean;
                retire: boolean;
                review: boolean;
              };
              noShuffle: boolean;
              occupationName: string;
              pointCode: string;
              pointId: string;
              pointName: string;
              pointsTotal: number | null;
              returned: boolean;
              reviewedAt: string | null;
              reviewerName: string | null;
              reviewNote: string | null;
              /** @enum {string} */
              state: 'draft' | 'reviewed' | 'active' | 'retired';
              stateName: string;
              statistics: {
                answered: number;
                computedAt: string;
                difficulty: number;
                discrimination: number | null;
                sitting: string;
                version: number;
              }[];
              stem: string;
              /** @enum {string} */
              type: 'single' | 'multiple' | 'truefalse' | 'skill';
              typeName: string;
              updatedAt: string;
              version: number;
              versions: {
                contentHash: string;
                createdAt: string;
                createdByName: string | null;
                current: boolean;
                difficulty: number;
                id: string;
                usedAt: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/choices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可选的细目表与鉴定点 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              blueprints: {
                id: string;
                part: string;
                points: {
                  code: string;
                  id: string;
                  name: string;
                  rangeName: string;
                }[];
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出细目表的题库（年度审查，记录查看） */
    get: {
      parameters: {
        query: {
          blueprintId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/import/excel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入试题（先预览；确认时有错误则全部不导入） */
    post: {
      parameters: {
        query: {
          blueprintId: string;
          confirm?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bad: number;
              confirmed: boolean;
              created: number;
              good: number;
              questions: {
                answer: string;
                difficultyName: string | null;
                images: number;
                issues: string[];
                label: string;
                number: number;
                options: string[];
                pointCode: string | null;
                stem: string;
                /** @enum {string|null} */
                type: 'single' | 'multiple' | 'truefalse' | 'skill' | null;
                typeName: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/import/word': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Word 导入试题（先预览；确认时有错误则全部不导入） */
    post: {
      parameters: {
        query: {
          blueprintId: string;
          confirm?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bad: number;
              confirmed: boolean;
              created: number;
              good: number;
              questions: {
                answer: string;
                difficultyName: string | null;
                images: number;
                issues: string[];
                label: string;
                number: number;
                options: string[];
                pointCode: string | null;
                stem: string;
                /** @enum {string|null} */
                type: 'single' | 'multiple' | 'truefalse' | 'skill' | null;
                typeName: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/items/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载试题导入模板 */
    get: {
      parameters: {
        query?: {
          blueprintId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/papers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试卷列表 */
    get: {
      parameters: {
        query?: {
          assemblyId?: string;
          occupationId?: string;
          page?: number;
          pageSize?: number;
          state?: 'draft' | 'published';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                assemblyId: string;
                createdAt: string;
                durationMinutes: number;
                id: string;
                itemCount: number;
                /** @enum {string} */
                kind: 'fixed' | 'parallel' | 'per_candidate';
                label: string;
                level: number;
                occupationName: string;
                personName: string | null;
                publishedAt: string | null;
                sealHash: string | null;
                /** @enum {string} */
                state: 'draft' | 'published';
                title: string;
                totalPoints: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/papers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试卷（含参考答案） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assemblyId: string;
              createdAt: string;
              durationMinutes: number;
              id: string;
              itemCount: number;
              items: {
                answer: string;
                difficulty: number;
                /** @enum {string|null} */
                importance: 'X' | 'Y' | 'Z' | null;
                itemCode: string;
                itemId: string;
                no: number;
                options: {
                  imageFileId: string | null;
                  key: string;
                  text: string;
                }[];
                pointLabel: string;
                points: number;
                stem: string;
                stemImageFileIds: string[];
                /** @enum {string} */
                type: 'single' | 'multiple' | 'truefalse' | 'skill';
                version: number;
                versionId: string;
              }[];
              /** @enum {string} */
              kind: 'fixed' | 'parallel' | 'per_candidate';
              label: string;
              level: number;
              occupationName: string;
              personName: string | null;
              prints: {
                copies: number;
                id: string;
                /** @enum {string} */
                kind: 'paper' | 'key' | 'answer_sheet';
                note: string | null;
                printedAt: string;
                printedBy: string | null;
              }[];
              publishedAt: string | null;
              sealHash: string | null;
              sections: {
                count: number;
                pointsEach: number;
                /** @enum {string} */
                type: 'single' | 'multiple' | 'truefalse' | 'skill';
              }[];
              /** @enum {string} */
              state: 'draft' | 'published';
              title: string;
              totalPoints: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/papers/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试卷、参考答案或答题卡（PDF） */
    get: {
      parameters: {
        query?: {
          kind?: 'paper' | 'key' | 'answer_sheet';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/papers/{id}/prints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记印制份数 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            copies: number;
            /** @enum {string} */
            kind: 'paper' | 'key' | 'answer_sheet';
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                copies: number;
                id: string;
                /** @enum {string} */
                kind: 'paper' | 'key' | 'answer_sheet';
                note: string | null;
                printedAt: string;
                printedBy: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/papers/{id}/seal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 核验试卷封存 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              auditHash: string | null;
              intact: boolean;
              message: string;
              recomputed: string;
              sealHash: string | null;
              /** @enum {string} */
              state: 'draft' | 'published';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 组卷方案列表 */
    get: {
      parameters: {
        query?: {
          blueprintId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                assemblies: number;
                blueprint: {
                  id: string;
                  level: number;
                  occupationCode: string;
                  occupationId: string;
                  occupationName: string;
                  /** @enum {string} */
                  part: 'theory' | 'skill';
                  title: string;
                };
                durationMinutes: number;
                id: string;
                itemCount: number;
                name: string;
                totalPoints: number;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增组卷方案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            blueprintId: string;
            name: string;
            spec: {
              difficulty: {
                1: number;
                2: number;
                3: number;
              };
              durationMinutes: number;
              maxExposure: number;
              maxOverlap: number;
              minXPoints: number | null;
              onePerPoint: boolean;
              ranges: {
                count: number;
                /** Format: uuid */
                rangeId: string;
              }[];
              sections: {
                count: number;
                pointsEach: number;
                /** @enum {string} */
                type: 'single' | 'multiple' | 'truefalse' | 'skill';
              }[];
              shuffleOptions: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assemblies: number;
              assemblyList: {
                createdAt: string;
                formCount: number;
                id: string;
                /** @enum {string} */
                kind: 'fixed' | 'parallel' | 'per_candidate';
                passed: boolean;
                published: number;
                sittingLabel: string | null;
              }[];
              blueprint: {
                id: string;
                level: number;
                occupationCode: string;
                occupationId: string;
                occupationName: string;
                /** @enum {string} */
                part: 'theory' | 'skill';
                title: string;
              };
              durationMinutes: number;
              id: string;
              itemCount: number;
              name: string;
              ranges: {
                activeItems: number;
                code: string;
                depth: number;
                id: string;
                name: string;
                parentId: string | null;
                weight: number | null;
              }[];
              sittings: {
                candidates: number;
                id: string;
                label: string;
              }[];
              spec: {
                difficulty: {
                  1: number;
                  2: number;
                  3: number;
                };
                durationMinutes: number;
                maxExposure: number;
                maxOverlap: number;
                minXPoints: number | null;
                onePerPoint: boolean;
                ranges: {
                  count: number;
                  /** Format: uuid */
                  rangeId: string;
                }[];
                sections: {
                  count: number;
                  pointsEach: number;
                  /** @enum {string} */
                  type: 'single' | 'multiple' | 'truefalse' | 'skill';
                }[];
                shuffleOptions: boolean;
              };
              totalPoints: number;
              updatedAt: string;
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 组卷方案 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assemblies: number;
              assemblyList: {
                createdAt: string;
                formCount: number;
                id: string;
                /** @enum {string} */
                kind: 'fixed' | 'parallel' | 'per_candidate';
                passed: boolean;
                published: number;
                sittingLabel: string | null;
              }[];
              blueprint: {
                id: string;
                level: number;
                occupationCode: string;
                occupationId: string;
                occupationName: string;
                /** @enum {string} */
                part: 'theory' | 'skill';
                title: string;
              };
              durationMinutes: number;
              id: string;
              itemCount: number;
              name: string;
              ranges: {
                activeItems: number;
                code: string;
                depth: number;
                id: string;
                name: string;
                parentId: string | null;
                weight: number | null;
              }[];
              sittings: {
                candidates: number;
                id: string;
                label: string;
              }[];
              spec: {
                difficulty: {
                  1: number;
                  2: number;
                  3: number;
                };
                durationMinutes: number;
                maxExposure: number;
                maxOverlap: number;
                minXPoints: number | null;
                onePerPoint: boolean;
                ranges: {
                  count: number;
                  /** Format: uuid */
                  rangeId: string;
                }[];
                sections: {
                  count: number;
                  pointsEach: number;
                  /** @enum {string} */
                  type: 'single' | 'multiple' | 'truefalse' | 'skill';
                }[];
                shuffleOptions: boolean;
              };
              totalPoints: number;
              updatedAt: string;
              warnings: string[];
            };
          };
        };
      };
    };
    /** 修改组卷方案 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            blueprintId: string;
            name: string;
            spec: {
              difficulty: {
                1: number;
                2: number;
                3: number;
              };
              durationMinutes: number;
              maxExposure: number;
              maxOverlap: number;
              minXPoints: number | null;
              onePerPoint: boolean;
              ranges: {
                count: number;
                /** Format: uuid */
                rangeId: string;
              }[];
              sections: {
                count: number;
                pointsEach: number;
                /** @enum {string} */
                type: 'single' | 'multiple' | 'truefalse' | 'skill';
              }[];
              shuffleOptions: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assemblies: number;
              assemblyList: {
                createdAt: string;
                formCount: number;
                id: string;
                /** @enum {string} */
                kind: 'fixed' | 'parallel' | 'per_candidate';
                passed: boolean;
                published: number;
                sittingLabel: string | null;
              }[];
              blueprint: {
                id: string;
                level: number;
                occupationCode: string;
                occupationId: string;
                occupationName: string;
                /** @enum {string} */
                part: 'theory' | 'skill';
                title: string;
              };
              durationMinutes: number;
              id: string;
              itemCount: number;
              name: string;
              ranges: {
                activeItems: number;
                code: string;
                depth: number;
                id: string;
                name: string;
                parentId: string | null;
                weight: number | null;
              }[];
              sittings: {
                candidates: number;
                id: string;
                label: string;
              }[];
              spec: {
                difficulty: {
                  1: number;
                  2: number;
                  3: number;
                };
                durationMinutes: number;
                maxExposure: number;
                maxOverlap: number;
                minXPoints: number | null;
                onePerPoint: boolean;
                ranges: {
                  count: number;
                  /** Format: uuid */
                  rangeId: string;
                }[];
                sections: {
                  count: number;
                  pointsEach: number;
                  /** @enum {string} */
                  type: 'single' | 'multiple' | 'truefalse' | 'skill';
                }[];
                shuffleOptions: boolean;
              };
              totalPoints: number;
              updatedAt: string;
              warnings: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/plans/{id}/assemblies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 组卷 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            formCount?: number;
            /** @enum {string} */
            kind: 'fixed' | 'parallel' | 'per_candidate';
            seed?: number;
            /** Format: uuid */
            sittingId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              blueprint: {
                id: string;
                level: number;
                occupationCode: string;
                occupationId: string;
                occupationName: string;
                /** @enum {string} */
                part: 'theory' | 'skill';
                title: string;
              };
              createdAt: string;
              formCount: number;
              id: string;
              /** @enum {string} */
              kind: 'fixed' | 'parallel' | 'per_candidate';
              papers: {
                assemblyId: string;
                createdAt: string;
                durationMinutes: number;
                id: string;
                itemCount: number;
                /** @enum {string} */
                kind: 'fixed' | 'parallel' | 'per_candidate';
                label: string;
                level: number;
                occupationName: string;
                personName: string | null;
                publishedAt: string | null;
                sealHash: string | null;
                /** @enum {string} */
                state: 'draft' | 'published';
                title: string;
                totalPoints: number;
              }[];
              passed: boolean;
              planId: string;
              planName: string;
              published: number;
              report: {
                capacity: {
                  cells: {
                    available: number;
                    cell: string;
                    forms: number;
                    label: string;
                    lacking: number;
                    perForm: number;
                  }[];
                  maxForms: number;
                  short: {
                    available: number;
                    cell: string;
                    forms: number;
                    label: string;
                    lacking: number;
                    perForm: number;
                  }[];
                };
                cells: {
                  cell: string;
                  label: string;
                  max: number;
                  min: number;
                  planned: number;
                }[];
                maxExposure: number;
                maxOverlap: number;
                millis: number;
                unmet: {
                  cell?: string;
                  constraint: string;
                  form: number | null;
                  lacking?: number;
                  message: string;
                }[];
                violations: {
                  form: number | null;
                  message: string;
                  rule: string;
                }[];
              };
              seed: number;
              sittingLabel: string | null;
              spec: {
                difficulty: {
                  1: number;
                  2: number;
                  3: number;
                };
                durationMinutes: number;
                maxExposure: number;
                maxOverlap: number;
                minXPoints: number | null;
                onePerPoint: boolean;
                ranges: {
                  count: number;
                  /** Format: uuid */
                  rangeId: string;
                }[];
                sections: {
                  count: number;
                  pointsEach: number;
                  /** @enum {string} */
                  type: 'single' | 'multiple' | 'truefalse' | 'skill';
                }[];
                shuffleOptions: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/plans/{id}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 题库容量报告 */
    get: {
      parameters: {
        query?: {
          formCount?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cells: {
                available: number;
                cell: string;
                forms: number;
                label: string;
                lacking: number;
                perForm: number;
              }[];
              maxForms: number;
              short: {
                available: number;
                cell: string;
                forms: number;
                label: string;
                lacking: number;
                perForm: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/plans/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按鉴定比重生成的默认组卷方案 */
    get: {
      parameters: {
        query: {
          blueprintId: string;
          total?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ranges: {
                activeItems: number;
                code: string;
                depth: number;
                id: string;
                name: string;
                parentId: string | null;
                weight: number | null;
              }[];
              spec: {
                difficulty: {
                  1: number;
                  2: number;
                  3: number;
                };
                durationMinutes: number;
                maxExposure: number;
                maxOverlap: number;
                minXPoints: number | null;
                onePerPoint: boolean;
                ranges: {
                  count: number;
                  /** Format: uuid */
                  rangeId: string;
                }[];
                sections: {
                  count: number;
                  pointsEach: number;
                  /** @enum {string} */
                  type: 'single' | 'multiple' | 'truefalse' | 'skill';
                }[];
                shuffleOptions: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/itembank/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 题库设置 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              maxExposure: number;
              maxOverlap: number;
              maxZShare: number;
              minItemsPerPoint: number;
              minXShare: number;
              /** @enum {string} */
              multiplePartialCredit: 'none' | 'half' | 'proportional';
              onePerPoint: boolean;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** 修改题库设置 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            maxExposure: number;
            maxOverlap: number;
            maxZShare: number;
            minItemsPerPoint: number;
            minXShare: number;
            /** @enum {string} */
            multiplePartialCredit: 'none' | 'half' | 'proportional';
            onePerPoint: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              maxExposure: number;
              maxOverlap: number;
              maxZShare: number;
              minItemsPerPoint: number;
              minXShare: number;
              /** @enum {string} */
              multiplePartialCredit: 'none' | 'half' | 'proportional';
              onePerPoint: boolean;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的后台任务（最近 50 个） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                error: string | null;
                finishedAt: string | null;
                id: string;
                kind: string;
                kindName: string;
                message: string | null;
                progress: number;
                result:
                  | ({
                      fileId?: string;
                      fileName?: string;
                    } & {
                      [key: string]: unknown;
                    })
                  | null;
                /** @enum {string} */
                status: 'queued' | 'running' | 'succeeded' | 'failed';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 后台任务进度 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              error: string | null;
              finishedAt: string | null;
              id: string;
              kind: string;
              kindName: string;
              message: string | null;
              progress: number;
              result:
                | ({
                    fileId?: string;
                    fileName?: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              /** @enum {string} */
              status: 'queued' | 'running' | 'succeeded' | 'failed';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的考务安排（考评员、督导员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                batchTitle: string;
                colleagues: {
                  /** @enum {string} */
                  duty: 'leader' | 'examiner' | 'proctor' | 'site_head' | 'supervisor' | 'exam_staff';
                  name: string;
                  roomName: string | null;
                }[];
                day: string;
                /** @enum {string} */
                duty: 'leader' | 'examiner' | 'proctor' | 'site_head' | 'supervisor' | 'exam_staff';
                endsAt: string;
                occupationName: string;
                rooms: {
                  candidateCount: number;
                  documents: ('door' | 'seats' | 'signin')[];
                  roomId: string;
                  roomName: string;
                  siteName: string;
                }[];
                runId: string;
                siteNames: string[];
                sittingId: string;
                /** @enum {string} */
                sittingKind: 'theory' | 'skill';
                startsAt: string;
                upcoming: boolean;
              }[];
              linked: boolean;
              message: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/assignments/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我在一次考场编排中的考务安排 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                batchTitle: string;
                colleagues: {
                  /** @enum {string} */
                  duty: 'leader' | 'examiner' | 'proctor' | 'site_head' | 'supervisor' | 'exam_staff';
                  name: string;
                  roomName: string | null;
                }[];
                day: string;
                /** @enum {string} */
                duty: 'leader' | 'examiner' | 'proctor' | 'site_head' | 'supervisor' | 'exam_staff';
                endsAt: string;
                occupationName: string;
                rooms: {
                  candidateCount: number;
                  documents: ('door' | 'seats' | 'signin')[];
                  roomId: string;
                  roomName: string;
                  siteName: string;
                }[];
                runId: string;
                siteNames: string[];
                sittingId: string;
                /** @enum {string} */
                sittingKind: 'theory' | 'skill';
                startsAt: string;
                upcoming: boolean;
              }[];
              linked: boolean;
              message: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/assignments/{runId}/sittings/{sittingId}/rooms/{roomId}/{document}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 打印本人值守考场的门贴、座位表或签到表（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          document: 'door.pdf' | 'seats.pdf' | 'signin.pdf';
          roomId: string & string;
          runId: string & string;
          sittingId: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的证书（含撤销、补发） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                issueDate: string;
                job: string;
                levelName: string;
                number: string;
                occupation: string;
                replacedByNumber: string | null;
                replacesNumber: string | null;
                revokedOn: string | null;
                revokeReason: string | null;
                /** @enum {string} */
                state: 'valid' | 'suspended' | 'revoked' | 'replaced';
                stateName: string;
                verifyUrl: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的投诉 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                acceptDueOn: string;
                channelName: string;
                complaintText: string;
                decisionReason: string | null;
                id: string;
                receivedOn: string;
                result: string | null;
                resultDueOn: string;
                /** @enum {string} */
                state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
                stateName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 提交投诉（考生本人） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            appealId?: string | null;
            /** @enum {string|null} */
            appealKind?: 'violation' | 'misconduct' | null;
            /** Format: uuid */
            batchId?: string | null;
            complainantContact: string;
            complainantUnit?: string | null;
            complaintText: string;
            evidenceFileIds?: string[] | null;
            respondentText?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              id: string;
              message: string;
              receivedOn: string;
              resultDueOn: string;
              trackingCode: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的认定成绩（公示中与已确定） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                acceptsObjections: boolean;
                applicationId: string;
                batchId: string;
                batchTitle: string;
                endsOn: string;
                finalAt: string | null;
                levelName: string;
                occupation: string;
                /** @enum {string} */
                outcome: 'pass' | 'fail' | 'cancelled' | 'incomplete';
                outcomeName: string;
                parts: {
                  /** @enum {string} */
                  part: 'theory' | 'skill' | 'review';
                  partName: string;
                  score: number | null;
                  /** @enum {string} */
                  state: 'scored' | 'absent' | 'cancelled' | 'cheating' | 'missing' | 'carried' | 'exempt';
                  stateName: string;
                }[];
                startsOn: string;
                /** @enum {string} */
                state: 'open' | 'final';
                stateName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/results/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 对本人公示成绩提出异议（公示期内） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            applicationId: string;
            objectionText: string;
            objectorContact: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/misconduct': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考务人员违纪记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                act:
                  | 'ineligible_help'
                  | 'irresponsible'
                  | 'cheating_involvement'
                  | 'paper_removal'
                  | 'paper_tampering_seal'
                  | 'item_leak'
                  | 'score_tampering'
                  | 'bribery'
                  | 'retaliation'
                  | 'other';
                appealOutcome: string | null;
                /** @enum {string} */
                appealStatus: 'none' | 'pending' | 'upheld' | 'overturned';
                appealText: string | null;
                batchRef: string | null;
                createdAt: string;
                description: string;
                evidence: {
                  id: string;
                  name: string;
                }[];
                id: string;
                idMasked: string;
                name: string;
                occurredOn: string;
                personId: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记考务人员违纪（终止其考务工作） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            act:
              | 'ineligible_help'
              | 'irresponsible'
              | 'cheating_involvement'
              | 'paper_removal'
              | 'paper_tampering_seal'
              | 'item_leak'
              | 'score_tampering'
              | 'bribery'
              | 'retaliation'
              | 'other';
            batchRef?: string | null;
            description: string;
            /** @default [] */
            evidenceFileIds?: (string & string)[];
            occurredOn: string;
            /** Format: uuid */
            personId: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              act:
                | 'ineligible_help'
                | 'irresponsible'
                | 'cheating_involvement'
                | 'paper_removal'
                | 'paper_tampering_seal'
                | 'item_leak'
                | 'score_tampering'
                | 'bribery'
                | 'retaliation'
                | 'other';
              appealOutcome: string | null;
              /** @enum {string} */
              appealStatus: 'none' | 'pending' | 'upheld' | 'overturned';
              appealText: string | null;
              batchRef: string | null;
              createdAt: string;
              description: string;
              evidence: {
                id: string;
                name: string;
              }[];
              id: string;
              idMasked: string;
              name: string;
              occurredOn: string;
              personId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/misconduct/{id}/appeal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记申诉 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              act:
                | 'ineligible_help'
                | 'irresponsible'
                | 'cheating_involvement'
                | 'paper_removal'
                | 'paper_tampering_seal'
                | 'item_leak'
                | 'score_tampering'
                | 'bribery'
                | 'retaliation'
                | 'other';
              appealOutcome: string | null;
              /** @enum {string} */
              appealStatus: 'none' | 'pending' | 'upheld' | 'overturned';
              appealText: string | null;
              batchRef: string | null;
              createdAt: string;
              description: string;
              evidence: {
                id: string;
                name: string;
              }[];
              id: string;
              idMasked: string;
              name: string;
              occurredOn: string;
              personId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/misconduct/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申诉处理结果 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @enum {string} */
            outcome: 'upheld' | 'overturned';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              act:
                | 'ineligible_help'
                | 'irresponsible'
                | 'cheating_involvement'
                | 'paper_removal'
                | 'paper_tampering_seal'
                | 'item_leak'
                | 'score_tampering'
                | 'bribery'
                | 'retaliation'
                | 'other';
              appealOutcome: string | null;
              /** @enum {string} */
              appealStatus: 'none' | 'pending' | 'upheld' | 'overturned';
              appealText: string | null;
              batchRef: string | null;
              createdAt: string;
              description: string;
              evidence: {
                id: string;
                name: string;
              }[];
              id: string;
              idMasked: string;
              name: string;
              occurredOn: string;
              personId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已发布的认定通知（考生门户） */
    get: {
      parameters: {
        query?: {
          keyword?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicants: string;
                batchId: string;
                centreName: string;
                conditions: string;
                fee: string;
                levels: string;
                method: string;
                occupation: string;
                publishedAt: string | null;
                registrationPeriod: string;
                registrationPlace: string;
                sittings: {
                  day: string;
                  kind: string;
                  place: string;
                  time: string;
                }[];
                standard: string;
                title: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已发布的认定通知 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicants: string;
              batchId: string;
              centreName: string;
              conditions: string;
              fee: string;
              levels: string;
              method: string;
              occupation: string;
              publishedAt: string | null;
              registrationPeriod: string;
              registrationPlace: string;
              sittings: {
                day: string;
                kind: string;
                place: string;
                time: string;
              }[];
              standard: string;
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 打印认定通知（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记缴费（审核通过的报名） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            /** Format: uuid */
            applicationId: string & string;
            /** @enum {string} */
            method: 'cash' | 'wechat' | 'alipay' | 'bank' | 'card';
            note?: string | null;
            paidOn: string;
            receiptNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              feeDue: number;
              /** @enum {string} */
              feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
              payment: {
                amount: number;
                applicationId: string;
                createdAt: string;
                id: string;
                /** @enum {string} */
                kind: 'payment' | 'refund';
                /** @enum {string} */
                method: 'cash' | 'wechat' | 'alipay' | 'bank' | 'card';
                note: string | null;
                paidOn: string;
                receiptNumber: string;
                recordedByName: string | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 批量导入工作人员或考评员（有错误则全部不导入） */
    post: {
      parameters: {
        query: {
          kind: 'staff' | 'examiners';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdPersons: number;
              createdRoles: number;
              /** @enum {string} */
              kind: 'staff' | 'examiners';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/import-template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载人员导入模板 */
    get: {
      parameters: {
        query: {
          kind: 'staff' | 'examiners';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的档案：人员信息、资格与年度考核（考评员、督导员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              appraisals: {
                attendedCount: number;
                average: number | null;
                certificateNumber: string;
                dismissed: boolean;
                /** @enum {string} */
                examinerGrade: 'standard' | 'senior';
                examinerId: string;
                finalized: boolean;
                /** @enum {string} */
                grade: 'excellent' | 'good' | 'pass' | 'fail';
                idMasked: string;
                missedCount: number;
                name: string;
                personId: string;
                reason: string | null;
                scores: {
                  attended: boolean;
                  batchDate: string;
                  batchRef: string;
                  id: string;
                  note: string | null;
                  score: number | null;
                  weight: number;
                }[];
                year: number;
              }[];
              linked: boolean;
              message: string | null;
              person: {
                appointments: {
                  endDate: string;
                  fileId: string | null;
                  id: string;
                  letterNumber: string | null;
                  note: string | null;
                  personId: string;
                  /** @enum {string} */
                  role: 'examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff';
                  startDate: string;
                }[];
                birthYear: number | null;
                className: string | null;
                /** @enum {string|null} */
                classType: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
                collegeId: string | null;
                collegeName: string | null;
                createdAt: string;
                documents: {
                  createdAt: string;
                  /** @enum {string} */
                  docType:
                    | '考评人员资格申报表'
                    | '考评人员认定表'
                    | '年度考核评议表'
                    | '聘任合同'
                    | '年度个人考评工作小结'
                    | '学历证书'
                    | '职业资格/技能等级证书'
                    | '专业技术资格证书'
                    | '考评员资格证书'
                    | '其他';
                  /** Format: uuid */
                  fileId: string & string;
                  fileName: string;
                  id: string;
                  mime: string;
                  size: number;
                  title: string;
                }[];
                education: string | null;
                /** @enum {string|null} */
                educationLevel:
                  'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
                enrolmentYear: number | null;
                examiner: {
                  certificateIssuedOn: string;
                  certificateNumber: string;
                  certificateValidUntil: string;
                  daysLeft: number;
                  dismissalReason: string | null;
                  dismissed: boolean;
                  firstExaminingYear: number | null;
                  /** @enum {string} */
                  grade: 'standard' | 'senior';
                  id: string;
                  idMasked: string;
                  name: string;
                  occupations: {
                    code: string;
                    edition: string;
                    modules?: string[];
                    name: string;
                  }[];
                  ownStaff: boolean;
                  personId: string;
                  qualificationProblems: string[];
                  skillLevel: number | null;
                  skillRelated: boolean;
                  termEnd: string | null;
                  termStart: string | null;
                  /** @enum {string|null} */
                  titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                  titleName: string | null;
                  trainingHours: number;
                  /** @enum {string} */
                  validity: 'valid' | 'expiring' | 'expired' | 'revoked';
                } | null;
                examStaff: {
                  active: boolean;
                  endedReason: string | null;
                  id: string;
                  idMasked: string;
                  name: string;
                  ownStaff: boolean;
                  personId: string;
                  /** @enum {string} */
                  role: 'proctor' | 'exam_staff';
                  skillLevel: number | null;
                  /** @enum {string|null} */
                  titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                  titleName: string | null;
                }[];
                experts: {
                  birthYear: number | null;
                  daysLeft: number;
                  examiningYears: number;
                  id: string;
                  idMasked: string;
                  leader: boolean;
                  name: string;
                  newOccupation: boolean;
                  occupation: {
                    code: string;
                    edition: string;
                    name: string;
                  };
                  ownStaff: boolean;
                  personId: string;
                  revoked: boolean;
                  skillLevel: number | null;
                  termEnd: string;
                  termStart: string;
                  /** @enum {string|null} */
                  titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                  titleName: string | null;
                  /** @enum {string} */
                  validity: 'valid' | 'expiring' | 'expired' | 'revoked';
                }[];
                /** @enum {string} */
                gender: 'male' | 'female';
                graduating: boolean;
                hasPhoto: boolean;
                id: string;
                idMasked: string;
                /** @enum {string} */
                idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
                /** @enum {string} */
                kind: 'student' | 'staff' | 'social';
                major: string | null;
                name: string;
                ownStaff: boolean;
                phone: string | null;
                roles: ('examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff')[];
                skillLevel: number | null;
                skillOccupation: string | null;
                supervisor: {
                  alsoExaminer: boolean;
                  /** @enum {string} */
                  basis: 'examiner' | 'management';
                  basisYears: number;
                  certificateIssuedOn: string;
                  certificateNumber: string;
                  certificateValidUntil: string;
                  daysLeft: number;
                  disqualificationNote: string | null;
                  /** @enum {string|null} */
                  disqualificationReason:
                    'self_interest' | 'shielding_or_retaliation' | 'dereliction' | 'other_harm' | null;
                  disqualified: boolean;
                  id: string;
                  idMasked: string;
                  name: string;
                  ownStaff: boolean;
                  personId: string;
                  skillLevel: number | null;
                  /** @enum {string|null} */
                  titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                  titleName: string | null;
                  /** @enum {string} */
                  validity: 'valid' | 'expiring' | 'expired' | 'revoked';
                } | null;
                titleDate: string | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                titleSeries: string | null;
                userId: string | null;
                workUnit: string | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员管理设置 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expertMaxAge: number;
              reminderDays: number;
            };
          };
        };
      };
    };
    /** 修改人员管理设置 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            expertMaxAge: number;
            reminderDays: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expertMaxAge: number;
              reminderDays: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/persons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员列表（证件号码脱敏） */
    get: {
      parameters: {
        query?: {
          collegeId?: string & string;
          keyword?: string;
          kind?: 'student' | 'staff' | 'social';
          page?: number;
          pageSize?: number;
          role?: 'examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                birthYear: number | null;
                className: string | null;
                /** @enum {string|null} */
                classType: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
                collegeId: string | null;
                collegeName: string | null;
                createdAt: string;
                education: string | null;
                /** @enum {string|null} */
                educationLevel:
                  'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
                enrolmentYear: number | null;
                /** @enum {string} */
                gender: 'male' | 'female';
                graduating: boolean;
                hasPhoto: boolean;
                id: string;
                idMasked: string;
                /** @enum {string} */
                idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
                /** @enum {string} */
                kind: 'student' | 'staff' | 'social';
                major: string | null;
                name: string;
                ownStaff: boolean;
                phone: string | null;
                roles: ('examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff')[];
                skillLevel: number | null;
                skillOccupation: string | null;
                titleDate: string | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                titleSeries: string | null;
                userId: string | null;
                workUnit: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记人员 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            className?: string | null;
            /** @enum {string|null} */
            classType?: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
            /** Format: uuid */
            collegeId?: (string & string) | null;
            education?: string | null;
            /** @enum {string|null} */
            educationLevel?:
              'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
            enrolmentYear?: number | null;
            /** @enum {string} */
            gender: 'male' | 'female';
            /** @default false */
            graduating?: boolean;
            idNumber: string;
            /** @enum {string} */
            idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
            /** @enum {string} */
            kind: 'student' | 'staff' | 'social';
            major?: string | null;
            name: string;
            /** @default false */
            ownStaff?: boolean;
            phone?: (string & string) | null;
            skillLevel?: number | null;
            skillOccupation?: string | null;
            titleDate?: string | null;
            /** @enum {string|null} */
            titleGrade?: 'junior' | 'intermediate' | 'senior' | null;
            titleName?: string | null;
            titleSeries?: string | null;
            workUnit?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              birthYear: number | null;
              className: string | null;
              /** @enum {string|null} */
              classType: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
              collegeId: string | null;
              collegeName: string | null;
              createdAt: string;
              education: string | null;
              /** @enum {string|null} */
              educationLevel:
                'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
              enrolmentYear: number | null;
              /** @enum {string} */
              gender: 'male' | 'female';
              graduating: boolean;
              hasPhoto: boolean;
              id: string;
              idMasked: string;
              /** @enum {string} */
              idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              major: string | null;
              name: string;
              ownStaff: boolean;
              phone: string | null;
              roles: ('examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff')[];
              skillLevel: number | null;
              skillOccupation: string | null;
              titleDate: string | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              titleSeries: string | null;
              userId: string | null;
              workUnit: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/persons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员详情与档案 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              appointments: {
                endDate: string;
                fileId: string | null;
                id: string;
                letterNumber: string | null;
                note: string | null;
                personId: string;
                /** @enum {string} */
                role: 'examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff';
                startDate: string;
              }[];
              birthYear: number | null;
              className: string | null;
              /** @enum {string|null} */
              classType: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
              collegeId: string | null;
              collegeName: string | null;
              createdAt: string;
              documents: {
                createdAt: string;
                /** @enum {string} */
                docType:
                  | '考评人员资格申报表'
                  | '考评人员认定表'
                  | '年度考核评议表'
                  | '聘任合同'
                  | '年度个人考评工作小结'
                  | '学历证书'
                  | '职业资格/技能等级证书'
                  | '专业技术资格证书'
                  | '考评员资格证书'
                  | '其他';
                /** Format: uuid */
                fileId: string & string;
                fileName: string;
                id: string;
                mime: string;
                size: number;
                title: string;
              }[];
              education: string | null;
              /** @enum {string|null} */
              educationLevel:
                'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
              enrolmentYear: number | null;
              examiner: {
                certificateIssuedOn: string;
                certificateNumber: string;
                certificateValidUntil: string;
                daysLeft: number;
                dismissalReason: string | null;
                dismissed: boolean;
                firstExaminingYear: number | null;
                /** @enum {string} */
                grade: 'standard' | 'senior';
                id: string;
                idMasked: string;
                name: string;
                occupations: {
                  code: string;
                  edition: string;
                  modules?: string[];
                  name: string;
                }[];
                ownStaff: boolean;
                personId: string;
                qualificationProblems: string[];
                skillLevel: number | null;
                skillRelated: boolean;
                termEnd: string | null;
                termStart: string | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                trainingHours: number;
                /** @enum {string} */
                validity: 'valid' | 'expiring' | 'expired' | 'revoked';
              } | null;
              examStaff: {
                active: boolean;
                endedReason: string | null;
                id: string;
                idMasked: string;
                name: string;
                ownStaff: boolean;
                personId: string;
                /** @enum {string} */
                role: 'proctor' | 'exam_staff';
                skillLevel: number | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
              }[];
              experts: {
                birthYear: number | null;
                daysLeft: number;
                examiningYears: number;
                id: string;
                idMasked: string;
                leader: boolean;
                name: string;
                newOccupation: boolean;
                occupation: {
                  code: string;
                  edition: string;
                  name: string;
                };
                ownStaff: boolean;
                personId: string;
                revoked: boolean;
                skillLevel: number | null;
                termEnd: string;
                termStart: string;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                /** @enum {string} */
                validity: 'valid' | 'expiring' | 'expired' | 'revoked';
              }[];
              /** @enum {string} */
              gender: 'male' | 'female';
              graduating: boolean;
              hasPhoto: boolean;
              id: string;
              idMasked: string;
              /** @enum {string} */
              idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              major: string | null;
              name: string;
              ownStaff: boolean;
              phone: string | null;
              roles: ('examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff')[];
              skillLevel: number | null;
              skillOccupation: string | null;
              supervisor: {
                alsoExaminer: boolean;
                /** @enum {string} */
                basis: 'examiner' | 'management';
                basisYears: number;
                certificateIssuedOn: string;
                certificateNumber: string;
                certificateValidUntil: string;
                daysLeft: number;
                disqualificationNote: string | null;
                /** @enum {string|null} */
                disqualificationReason:
                  'self_interest' | 'shielding_or_retaliation' | 'dereliction' | 'other_harm' | null;
                disqualified: boolean;
                id: string;
                idMasked: string;
                name: string;
                ownStaff: boolean;
                personId: string;
                skillLevel: number | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                /** @enum {string} */
                validity: 'valid' | 'expiring' | 'expired' | 'revoked';
              } | null;
              titleDate: string | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              titleSeries: string | null;
              userId: string | null;
              workUnit: string | null;
            };
          };
        };
      };
    };
    /** 修改人员信息 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            className?: string | null;
            /** @enum {string|null} */
            classType?: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
            /** Format: uuid */
            collegeId?: (string & string) | null;
            education?: string | null;
            /** @enum {string|null} */
            educationLevel?:
              'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
            enrolmentYear?: number | null;
            /** @enum {string} */
            gender: 'male' | 'female';
            /** @default false */
            graduating?: boolean;
            idNumber?: string;
            /** @enum {string} */
            idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
            /** @enum {string} */
            kind: 'student' | 'staff' | 'social';
            major?: string | null;
            name: string;
            /** @default false */
            ownStaff?: boolean;
            phone?: (string & string) | null;
            skillLevel?: number | null;
            skillOccupation?: string | null;
            titleDate?: string | null;
            /** @enum {string|null} */
            titleGrade?: 'junior' | 'intermediate' | 'senior' | null;
            titleName?: string | null;
            titleSeries?: string | null;
            workUnit?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              birthYear: number | null;
              className: string | null;
              /** @enum {string|null} */
              classType: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
              collegeId: string | null;
              collegeName: string | null;
              createdAt: string;
              education: string | null;
              /** @enum {string|null} */
              educationLevel:
                'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
              enrolmentYear: number | null;
              /** @enum {string} */
              gender: 'male' | 'female';
              graduating: boolean;
              hasPhoto: boolean;
              id: string;
              idMasked: string;
              /** @enum {string} */
              idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              major: string | null;
              name: string;
              ownStaff: boolean;
              phone: string | null;
              roles: ('examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff')[];
              skillLevel: number | null;
              skillOccupation: string | null;
              titleDate: string | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              titleSeries: string | null;
              userId: string | null;
              workUnit: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/persons/{id}/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员的登录账户及可关联的账户（仅系统管理员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              current: {
                displayName: string;
                id: string;
                role: string;
                username: string;
              } | null;
              unlinked: {
                displayName: string;
                id: string;
                role: string;
                username: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** 关联或解除人员的考生登录账户（仅系统管理员，记入审计日志） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId: (string & string) | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              birthYear: number | null;
              className: string | null;
              /** @enum {string|null} */
              classType: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
              collegeId: string | null;
              collegeName: string | null;
              createdAt: string;
              education: string | null;
              /** @enum {string|null} */
              educationLevel:
                'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
              enrolmentYear: number | null;
              /** @enum {string} */
              gender: 'male' | 'female';
              graduating: boolean;
              hasPhoto: boolean;
              id: string;
              idMasked: string;
              /** @enum {string} */
              idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              major: string | null;
              name: string;
              ownStaff: boolean;
              phone: string | null;
              roles: ('examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff')[];
              skillLevel: number | null;
              skillOccupation: string | null;
              titleDate: string | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              titleSeries: string | null;
              userId: string | null;
              workUnit: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/persons/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 将已上传的文件加入人员档案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            docType:
              | '考评人员资格申报表'
              | '考评人员认定表'
              | '年度考核评议表'
              | '聘任合同'
              | '年度个人考评工作小结'
              | '学历证书'
              | '职业资格/技能等级证书'
              | '专业技术资格证书'
              | '考评员资格证书'
              | '其他';
            /** Format: uuid */
            fileId: string & string;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/persons/{id}/id-number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看完整证件号码（每次查看均记入审计日志） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              idNumber: string;
              /** @enum {string} */
              idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/persons/{id}/photo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证件照 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** 上传证件照（JPEG/PNG，自动裁剪为一寸照 295×413） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              height: number;
              /** @enum {boolean} */
              ok: true;
              size: number;
              width: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/persons/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按证件号码等条件查找人员（证件号码脱敏） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            collegeId?: string & string;
            idNumber?: string;
            keyword?: string;
            /** @enum {string} */
            kind?: 'student' | 'staff' | 'social';
            /** @default 1 */
            page?: number;
            /** @default 20 */
            pageSize?: number;
            /** @enum {string} */
            role?: 'examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                birthYear: number | null;
                className: string | null;
                /** @enum {string|null} */
                classType: 'intermediate' | 'advanced' | 'preparatory_technician' | null;
                collegeId: string | null;
                collegeName: string | null;
                createdAt: string;
                education: string | null;
                /** @enum {string|null} */
                educationLevel:
                  'undergraduate' | 'higher_vocational' | 'secondary_vocational' | 'technician_school' | null;
                enrolmentYear: number | null;
                /** @enum {string} */
                gender: 'male' | 'female';
                graduating: boolean;
                hasPhoto: boolean;
                id: string;
                idMasked: string;
                /** @enum {string} */
                idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
                /** @enum {string} */
                kind: 'student' | 'staff' | 'social';
                major: string | null;
                name: string;
                ownStaff: boolean;
                phone: string | null;
                roles: ('examiner' | 'supervisor' | 'expert' | 'proctor' | 'exam_staff')[];
                skillLevel: number | null;
                skillOccupation: string | null;
                titleDate: string | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                titleSeries: string | null;
                userId: string | null;
                workUnit: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/annual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度认定计划列表 */
    get: {
      parameters: {
        query?: {
          keyword?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                issuedAt: string | null;
                lines: {
                  code: string;
                  edition: string;
                  expectedCandidates: number;
                  id: string;
                  jobName: string | null;
                  level: number;
                  /** @enum {string} */
                  method: 'exam' | 'direct' | 'process' | 'contest';
                  month: number | null;
                  note: string | null;
                  occupationName: string;
                }[];
                note: string | null;
                /** @enum {string} */
                status: 'draft' | 'issued';
                title: string;
                totalCandidates: number;
                updatedAt: string;
                year: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建年度认定计划 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lines: {
              code: string;
              /** @enum {string} */
              edition: '2015' | '2022';
              expectedCandidates: number;
              jobName?: string | null;
              level: number;
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              month?: number | null;
              note?: string | null;
            }[];
            note?: string | null;
            title: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              issuedAt: string | null;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              /** @enum {string} */
              status: 'draft' | 'issued';
              title: string;
              totalCandidates: number;
              updatedAt: string;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/annual/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度认定计划 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              issuedAt: string | null;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              /** @enum {string} */
              status: 'draft' | 'issued';
              title: string;
              totalCandidates: number;
              updatedAt: string;
              year: number;
            };
          };
        };
      };
    };
    /** 修改年度认定计划 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lines: {
              code: string;
              /** @enum {string} */
              edition: '2015' | '2022';
              expectedCandidates: number;
              jobName?: string | null;
              level: number;
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              month?: number | null;
              note?: string | null;
            }[];
            note?: string | null;
            title: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              issuedAt: string | null;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              /** @enum {string} */
              status: 'draft' | 'issued';
              title: string;
              totalCandidates: number;
              updatedAt: string;
              year: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/annual/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 下发年度认定计划 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              issuedAt: string | null;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              /** @enum {string} */
              status: 'draft' | 'issued';
              title: string;
              totalCandidates: number;
              updatedAt: string;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/semester': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学期认定计划列表（二级学院只看到本学院） */
    get: {
      parameters: {
        query?: {
          collegeId?: string;
          keyword?: string;
          semester?: string;
          status?: 'draft' | 'submitted' | 'approved' | 'returned';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                adHoc: boolean;
                collegeId: string;
                collegeName: string;
                decidedAt: string | null;
                decidedBy: string | null;
                id: string;
                lines: {
                  code: string;
                  edition: string;
                  expectedCandidates: number;
                  id: string;
                  jobName: string | null;
                  level: number;
                  /** @enum {string} */
                  method: 'exam' | 'direct' | 'process' | 'contest';
                  month: number | null;
                  note: string | null;
                  occupationName: string;
                }[];
                note: string | null;
                reason: string | null;
                semester: string;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'approved' | 'returned';
                submittedAt: string | null;
                title: string;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建学期认定计划或临时项目 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default false */
            adHoc?: boolean;
            /** Format: uuid */
            collegeId: string;
            lines: {
              code: string;
              /** @enum {string} */
              edition: '2015' | '2022';
              expectedCandidates: number;
              jobName?: string | null;
              level: number;
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              month?: number | null;
              note?: string | null;
            }[];
            note?: string | null;
            semester: string;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adHoc: boolean;
              collegeId: string;
              collegeName: string;
              decidedAt: string | null;
              decidedBy: string | null;
              id: string;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              reason: string | null;
              semester: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/semester/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学期认定计划 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adHoc: boolean;
              collegeId: string;
              collegeName: string;
              decidedAt: string | null;
              decidedBy: string | null;
              id: string;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              reason: string | null;
              semester: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** 修改学期认定计划 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default false */
            adHoc?: boolean;
            /** Format: uuid */
            collegeId: string;
            lines: {
              code: string;
              /** @enum {string} */
              edition: '2015' | '2022';
              expectedCandidates: number;
              jobName?: string | null;
              level: number;
              /** @enum {string} */
              method: 'exam' | 'direct' | 'process' | 'contest';
              month?: number | null;
              note?: string | null;
            }[];
            note?: string | null;
            semester: string;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adHoc: boolean;
              collegeId: string;
              collegeName: string;
              decidedAt: string | null;
              decidedBy: string | null;
              id: string;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              reason: string | null;
              semester: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/semester/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准学期认定计划 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adHoc: boolean;
              collegeId: string;
              collegeName: string;
              decidedAt: string | null;
              decidedBy: string | null;
              id: string;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              reason: string | null;
              semester: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/semester/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回学期认定计划（附原因） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adHoc: boolean;
              collegeId: string;
              collegeName: string;
              decidedAt: string | null;
              decidedBy: string | null;
              id: string;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              reason: string | null;
              semester: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/semester/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交学期认定计划 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adHoc: boolean;
              collegeId: string;
              collegeName: string;
              decidedAt: string | null;
              decidedBy: string | null;
              id: string;
              lines: {
                code: string;
                edition: string;
                expectedCandidates: number;
                id: string;
                jobName: string | null;
                level: number;
                /** @enum {string} */
                method: 'exam' | 'direct' | 'process' | 'contest';
                month: number | null;
                note: string | null;
                occupationName: string;
              }[];
              note: string | null;
              reason: string | null;
              semester: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved' | 'returned';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 计划设置（报送提前工作日数、逾期处理、开班备案期限） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              lateMode: 'refuse' | 'warn';
              leadDays: number;
              trainingFilingDays: number;
            };
          };
        };
      };
    };
    /** 修改计划设置 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            lateMode: 'refuse' | 'warn';
            leadDays: number;
            trainingFilingDays: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              lateMode: 'refuse' | 'warn';
              leadDays: number;
              trainingFilingDays: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人的报名 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                batchTitle: string;
                className: string | null;
                code: string;
                collegeId: string | null;
                collegeName: string | null;
                eligibilitySummary: string;
                eligible: boolean | null;
                feeDue: number;
                /** @enum {string} */
                feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
                id: string;
                idMasked: string;
                level: number;
                name: string;
                occupationName: string;
                /** @enum {string|null} */
                onlyPart: 'theory' | 'skill' | null;
                personId: string;
                /** @enum {string|null} */
                rejectedStage: 'candidate' | 'college' | 'centre' | null;
                /** @enum {string} */
                source: 'portal' | 'import';
                /** @enum {string} */
                status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
                studentNumber: string | null;
                submittedAt: string;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 报名 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            batchId: string & string;
            /** @default [] */
            evidence?: {
              /** Format: uuid */
              fileId: string & string;
              /** @enum {string} */
              kind: 'id_card' | 'x_certificate' | 'title_certificate' | 'transcript' | 'contest' | 'other';
              name: string;
            }[];
            form: {
              address?: string | null;
              currentCertificate?: string | null;
              education?: string | null;
              major?: string | null;
              note?: string | null;
              phone: string & string;
              postcode?: ((string & string) | null) | '';
              resume?: string | null;
              school?: string | null;
              workUnit?: string | null;
              yearsOfWork?: number | null;
            };
            level: number;
            /** @enum {string|null} */
            onlyPart?: 'theory' | 'skill' | null;
            /** Format: uuid */
            photoFileId?: (string & string) | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              birthYear: number | null;
              can: {
                resubmit: boolean;
                review: boolean;
                unlock: boolean;
                withdraw: boolean;
              };
              className: string | null;
              code: string;
              collegeId: string | null;
              collegeName: string | null;
              decisions: {
                /** @enum {string} */
                action: 'submit' | 'resubmit' | 'approve' | 'reject' | 'unlock' | 'withdraw' | 'import';
                actorName: string;
                at: string;
                id: string;
                reason: string | null;
                roleName: string;
                /** @enum {string} */
                stage: 'candidate' | 'college' | 'centre';
              }[];
              educationLevel: string | null;
              eligibility: {
                at: string;
                highest: number | null;
                levels: {
                  eligible: boolean;
                  level: number;
                  manual?: boolean;
                  name: string;
                  reasons: {
                    ok: boolean;
                    rule: string;
                    text: string;
                  }[];
                }[];
                notes: string[];
                reasons: {
                  ok: boolean;
                  rule: string;
                  text: string;
                }[];
              } | null;
              eligibilitySummary: string;
              eligible: boolean | null;
              evidence: {
                /** Format: uuid */
                fileId: string & string;
                /** @enum {string} */
                kind: 'id_card' | 'x_certificate' | 'title_certificate' | 'transcript' | 'contest' | 'other';
                name: string;
              }[];
              feeDue: number;
              /** @enum {string} */
              feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
              form: {
                address?: string | null;
                currentCertificate?: string | null;
                education?: string | null;
                major?: string | null;
                note?: string | null;
                phone?: string & string;
                postcode?: ((string & string) | null) | '';
                resume?: string | null;
                school?: string | null;
                workUnit?: string | null;
                yearsOfWork?: number | null;
              };
              gender: string;
              id: string;
              idMasked: string;
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              level: number;
              major: string | null;
              method: string;
              name: string;
              occupationName: string;
              /** @enum {string|null} */
              onlyPart: 'theory' | 'skill' | null;
              personId: string;
              photoFileId: string | null;
              /** @enum {string|null} */
              rejectedStage: 'candidate' | 'college' | 'centre' | null;
              /** @enum {string} */
              source: 'portal' | 'import';
              /** @enum {string} */
              status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
              studentNumber: string | null;
              submittedAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人的报名详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              birthYear: number | null;
              can: {
                resubmit: boolean;
                review: boolean;
                unlock: boolean;
                withdraw: boolean;
              };
              className: string | null;
              code: string;
              collegeId: string | null;
              collegeName: string | null;
              decisions: {
                /** @enum {string} */
                action: 'submit' | 'resubmit' | 'approve' | 'reject' | 'unlock' | 'withdraw' | 'import';
                actorName: string;
                at: string;
                id: string;
                reason: string | null;
                roleName: string;
                /** @enum {string} */
                stage: 'candidate' | 'college' | 'centre';
              }[];
              educationLevel: string | null;
              eligibility: {
                at: string;
                highest: number | null;
                levels: {
                  eligible: boolean;
                  level: number;
                  manual?: boolean;
                  name: string;
                  reasons: {
                    ok: boolean;
                    rule: string;
                    text: string;
                  }[];
                }[];
                notes: string[];
                reasons: {
                  ok: boolean;
                  rule: string;
                  text: string;
                }[];
              } | null;
              eligibilitySummary: string;
              eligible: boolean | null;
              evidence: {
                /** Format: uuid */
                fileId: string & string;
                /** @enum {string} */
                kind: 'id_card' | 'x_certificate' | 'title_certificate' | 'transcript' | 'contest' | 'other';
                name: string;
              }[];
              feeDue: number;
              /** @enum {string} */
              feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
              form: {
                address?: string | null;
                currentCertificate?: string | null;
                education?: string | null;
                major?: string | null;
                note?: string | null;
                phone?: string & string;
                postcode?: ((string & string) | null) | '';
                resume?: string | null;
                school?: string | null;
                workUnit?: string | null;
                yearsOfWork?: number | null;
              };
              gender: string;
              id: string;
              idMasked: string;
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              level: number;
              major: string | null;
              method: string;
              name: string;
              occupationName: string;
              /** @enum {string|null} */
              onlyPart: 'theory' | 'skill' | null;
              personId: string;
              photoFileId: string | null;
              /** @enum {string|null} */
              rejectedStage: 'candidate' | 'college' | 'centre' | null;
              /** @enum {string} */
              source: 'portal' | 'import';
              /** @enum {string} */
              status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
              studentNumber: string | null;
              submittedAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** 修改被退回的报名并重新提交 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default [] */
            evidence?: {
              /** Format: uuid */
              fileId: string & string;
              /** @enum {string} */
              kind: 'id_card' | 'x_certificate' | 'title_certificate' | 'transcript' | 'contest' | 'other';
              name: string;
            }[];
            form: {
              address?: string | null;
              currentCertificate?: string | null;
              education?: string | null;
              major?: string | null;
              note?: string | null;
              phone: string & string;
              postcode?: ((string & string) | null) | '';
              resume?: string | null;
              school?: string | null;
              workUnit?: string | null;
              yearsOfWork?: number | null;
            };
            level: number;
            /** @enum {string|null} */
            onlyPart?: 'theory' | 'skill' | null;
            /** Format: uuid */
            photoFileId?: (string & string) | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              birthYear: number | null;
              can: {
                resubmit: boolean;
                review: boolean;
                unlock: boolean;
                withdraw: boolean;
              };
              className: string | null;
              code: string;
              collegeId: string | null;
              collegeName: string | null;
              decisions: {
                /** @enum {string} */
                action: 'submit' | 'resubmit' | 'approve' | 'reject' | 'unlock' | 'withdraw' | 'import';
                actorName: string;
                at: string;
                id: string;
                reason: string | null;
                roleName: string;
                /** @enum {string} */
                stage: 'candidate' | 'college' | 'centre';
              }[];
              educationLevel: string | null;
              eligibility: {
                at: string;
                highest: number | null;
                levels: {
                  eligible: boolean;
                  level: number;
                  manual?: boolean;
                  name: string;
                  reasons: {
                    ok: boolean;
                    rule: string;
                    text: string;
                  }[];
                }[];
                notes: string[];
                reasons: {
                  ok: boolean;
                  rule: string;
                  text: string;
                }[];
              } | null;
              eligibilitySummary: string;
              eligible: boolean | null;
              evidence: {
                /** Format: uuid */
                fileId: string & string;
                /** @enum {string} */
                kind: 'id_card' | 'x_certificate' | 'title_certificate' | 'transcript' | 'contest' | 'other';
                name: string;
              }[];
              feeDue: number;
              /** @enum {string} */
              feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
              form: {
                address?: string | null;
                currentCertificate?: string | null;
                education?: string | null;
                major?: string | null;
                note?: string | null;
                phone?: string & string;
                postcode?: ((string & string) | null) | '';
                resume?: string | null;
                school?: string | null;
                workUnit?: string | null;
                yearsOfWork?: number | null;
              };
              gender: string;
              id: string;
              idMasked: string;
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              level: number;
              major: string | null;
              method: string;
              name: string;
              occupationName: string;
              /** @enum {string|null} */
              onlyPart: 'theory' | 'skill' | null;
              personId: string;
              photoFileId: string | null;
              /** @enum {string|null} */
              rejectedStage: 'candidate' | 'college' | 'centre' | null;
              /** @enum {string} */
              source: 'portal' | 'import';
              /** @enum {string} */
              status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
              studentNumber: string | null;
              submittedAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/applications/{id}/form.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 打印职业技能等级认定备案表（一式两份） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/applications/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回报名 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              birthYear: number | null;
              can: {
                resubmit: boolean;
                review: boolean;
                unlock: boolean;
                withdraw: boolean;
              };
              className: string | null;
              code: string;
              collegeId: string | null;
              collegeName: string | null;
              decisions: {
                /** @enum {string} */
                action: 'submit' | 'resubmit' | 'approve' | 'reject' | 'unlock' | 'withdraw' | 'import';
                actorName: string;
                at: string;
                id: string;
                reason: string | null;
                roleName: string;
                /** @enum {string} */
                stage: 'candidate' | 'college' | 'centre';
              }[];
              educationLevel: string | null;
              eligibility: {
                at: string;
                highest: number | null;
                levels: {
                  eligible: boolean;
                  level: number;
                  manual?: boolean;
                  name: string;
                  reasons: {
                    ok: boolean;
                    rule: string;
                    text: string;
                  }[];
                }[];
                notes: string[];
                reasons: {
                  ok: boolean;
                  rule: string;
                  text: string;
                }[];
              } | null;
              eligibilitySummary: string;
              eligible: boolean | null;
              evidence: {
                /** Format: uuid */
                fileId: string & string;
                /** @enum {string} */
                kind: 'id_card' | 'x_certificate' | 'title_certificate' | 'transcript' | 'contest' | 'other';
                name: string;
              }[];
              feeDue: number;
              /** @enum {string} */
              feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
              form: {
                address?: string | null;
                currentCertificate?: string | null;
                education?: string | null;
                major?: string | null;
                note?: string | null;
                phone?: string & string;
                postcode?: ((string & string) | null) | '';
                resume?: string | null;
                school?: string | null;
                workUnit?: string | null;
                yearsOfWork?: number | null;
              };
              gender: string;
              id: string;
              idMasked: string;
              /** @enum {string} */
              kind: 'student' | 'staff' | 'social';
              level: number;
              major: string | null;
              method: string;
              name: string;
              occupationName: string;
              /** @enum {string|null} */
              onlyPart: 'theory' | 'skill' | null;
              personId: string;
              photoFileId: string | null;
              /** @enum {string|null} */
              rejectedStage: 'candidate' | 'college' | 'centre' | null;
              /** @enum {string} */
              source: 'portal' | 'import';
              /** @enum {string} */
              status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
              studentNumber: string | null;
              submittedAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可报名的认定批次（含本人各等级报名资格） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                application: {
                  id: string;
                  level: number;
                  /** @enum {string} */
                  status: 'pending_college' | 'pending_centre' | 'rejected' | 'approved' | 'withdrawn';
                } | null;
                code: string;
                collegeName: string;
                edition: string;
                eligibility: {
                  at: string;
                  highest: number | null;
                  levels: {
                    eligible: boolean;
                    level: number;
                    manual?: boolean;
                    name: string;
                    reasons: {
                      ok: boolean;
                      rule: string;
                      text: string;
                    }[];
                  }[];
                  notes: string[];
                  reasons: {
                    ok: boolean;
                    rule: string;
                    text: string;
                  }[];
                };
                eligibleLevels: number[];
                fee: number;
                firstSittingDay: string | null;
                id: string;
                jobName: string | null;
                levels: number[];
                manualLevels: number[];
                method: string;
                occupationName: string;
                registrationClosesOn: string;
                registrationOpensOn: string;
                registrationPlace: string | null;
                retakeOptions: {
                  /** @enum {string} */
                  keptPart: 'theory' | 'skill';
                  keptScore: number | null;
                  level: number;
                  /** @enum {string} */
                  part: 'theory' | 'skill';
                  passedOn: string;
                  validUntil: string;
                }[];
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/facts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人的 1+X 证书、竞赛成绩和禁考记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/facts/contest-results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记本人的竞赛成绩 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contest: string;
            edition: string;
            /** Format: uuid */
            evidenceFileId?: (string & string) | null;
            grantedLevel: number;
            occupationCode: string & string;
            rank?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/facts/x-certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记本人的 1+X 证书 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateNumber?: string | null;
            edition: string;
            /** Format: uuid */
            evidenceFileId?: (string & string) | null;
            issuedOn: string;
            /** @enum {string} */
            level: 'elementary' | 'intermediate' | 'advanced';
            name: string;
            occupationCode: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bans: {
                createdAt: string;
                createdByName: string | null;
                id: string;
                personId: string;
                reason: string;
                until: string;
              }[];
              contestResults: {
                contest: string;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                grantedLevel: number;
                id: string;
                occupationCode: string & string;
                personId: string;
                rank: string | null;
              }[];
              excellent: boolean;
              name: string;
              personId: string;
              xCertificates: {
                certificateNumber: string | null;
                createdAt: string;
                edition: string;
                evidenceFileId: string | null;
                id: string;
                issuedOn: string;
                /** @enum {string} */
                level: 'elementary' | 'intermediate' | 'advanced';
                name: string;
                occupationCode: string & string;
                personId: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考生本人信息 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              missing: string[];
              person: {
                birthYear: number | null;
                className: string | null;
                collegeId: string | null;
                collegeName: string | null;
                educationLevel: string | null;
                gender: string;
                id: string;
                idMasked: string;
                /** @enum {string} */
                kind: 'student' | 'staff' | 'social';
                major: string | null;
                name: string;
                phone: string | null;
                photoFileId: string | null;
                studentNumber: string | null;
                workUnit: string | null;
              } | null;
              profileComplete: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/seats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人的考场与座位（考前一天公布） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                batchTitle: string;
                day: string;
                endsAt: string;
                roomName: string;
                seat: number;
                siteName: string;
                sittingLabel: string;
                startsAt: string;
                ticketNumber: string | null;
              }[];
              notice: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 社会人员注册考生账号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            gender: 'male' | 'female';
            idNumber: string;
            /** @enum {string} */
            idType: 'resident' | 'hmt_residence' | 'passport' | 'other';
            name: string;
            password: string;
            phone: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              loginHint: string;
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/ticket.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载本人准考证（PDF） */
    get: {
      parameters: {
        query?: {
          batchId?: string & string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定中心的证书签名公钥 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              algorithm: 'Ed25519';
              did: string;
              publicKeyPem: string;
              signedData: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按证书编号和姓名查询证书 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateNumber: string;
            holderName: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              certificate: {
                centre: string;
                idMasked: string;
                idTypeName: string;
                issueDate: string;
                job: string;
                levelName: string;
                name: string;
                number: string;
                occupation: string;
                replacedByNumber: string | null;
                revokedOn: string | null;
                signatureValid: boolean;
                /** @enum {string} */
                state: 'valid' | 'suspended' | 'revoked' | 'replaced';
                stateName: string;
                suspendedOn: string | null;
              } | null;
              found: boolean;
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/status/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书撤销状态列表（W3C Bitstring Status List） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/status/suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 证书暂停使用状态列表（W3C Bitstring Status List） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 扫码验证证书（证书编号与签名） */
    get: {
      parameters: {
        query: {
          certificateNumber: string;
          signature: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              certificate: {
                centre: string;
                idMasked: string;
                idTypeName: string;
                issueDate: string;
                job: string;
                levelName: string;
                name: string;
                number: string;
                occupation: string;
                replacedByNumber: string | null;
                revokedOn: string | null;
                signatureValid: boolean;
                /** @enum {string} */
                state: 'valid' | 'suspended' | 'revoked' | 'replaced';
                stateName: string;
                suspendedOn: string | null;
              } | null;
              found: boolean;
              message: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交投诉（公开，返回查询码） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            batchId?: string | null;
            complainantContact: string;
            complainantName: string;
            complainantUnit?: string | null;
            complaintText: string;
            respondentText?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              id: string;
              message: string;
              receivedOn: string;
              resultDueOn: string;
              trackingCode: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/complaints/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 凭查询码查询投诉办理进度（公开） */
    get: {
      parameters: {
        query: {
          trackingCode: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptDueOn: string;
              receivedOn: string;
              resultDueOn: string;
              /** @enum {string} */
              state: 'received' | 'investigating' | 'not_investigated' | 'decided' | 'archived';
              stateName: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/publicity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 正在公示的认定成绩（公开） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                acceptsObjections: boolean;
                batchId: string;
                endsOn: string;
                occupation: string;
                startsOn: string;
                /** @enum {string} */
                state: 'open' | 'final';
                stateName: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/publicity/{batchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次成绩公示名单（公开） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batch: {
                acceptsObjections: boolean;
                batchId: string;
                endsOn: string;
                occupation: string;
                startsOn: string;
                /** @enum {string} */
                state: 'open' | 'final';
                stateName: string;
                title: string;
              };
              entries: {
                idMasked: string;
                levelName: string;
                name: string;
                no: number;
                occupation: string;
                result: string;
                ticketNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/publicity/{batchId}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 对公示成绩提出异议（公开，公示期内） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            entryNo?: number | null;
            objectionText: string;
            objectorContact: string;
            objectorName: string;
            ticketNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩公示：待公示、公示中与成绩已确定的批次 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                /** @enum {string} */
                batchState:
                  'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
                batchStateName: string;
                blockers: string[];
                candidates: number;
                levels: number[];
                objections: number;
                occupation: string;
                openObjections: number;
                /** @enum {string} */
                stage: 'not_ready' | 'ready' | 'open' | 'ended' | 'final';
                stageName: string;
                title: string;
                window: {
                  days: number;
                  endsOn: string;
                  exportedAt: string | null;
                  exportSha256: string | null;
                  finalAt: string | null;
                  finalByName: string | null;
                  finalFrom: string | null;
                  publishedAt: string;
                  publishedByName: string | null;
                  startsOn: string;
                  /** @enum {string} */
                  state: 'open' | 'final';
                  stateName: string;
                } | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/batches/{batchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次的成绩公示：名单与异议 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              /** @enum {string} */
              batchState:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              batchStateName: string;
              blockers: string[];
              candidates: number;
              entries: {
                applicationId: string;
                changed: boolean;
                idMasked: string;
                level: number;
                levelName: string;
                name: string;
                no: number;
                occupation: string;
                /** @enum {string} */
                outcome: 'pass' | 'fail' | 'cancelled' | 'incomplete';
                outcomeName: string;
                parts: {
                  /** @enum {string} */
                  part: 'theory' | 'skill' | 'review';
                  partName: string;
                  score: number | null;
                  /** @enum {string} */
                  state: 'scored' | 'absent' | 'cancelled' | 'cheating' | 'missing' | 'carried' | 'exempt';
                  stateName: string;
                }[];
                ticketNumber: string | null;
              }[];
              levels: number[];
              objectionList: {
                applicationId: string | null;
                batchId: string;
                contact: string;
                content: string;
                createdAt: string;
                entryLabel: string | null;
                id: string;
                name: string;
                resolution: string | null;
                resolvedAt: string | null;
                resolvedByName: string | null;
                /** @enum {string} */
                source: 'candidate' | 'public' | 'staff';
                sourceName: string;
                /** @enum {string} */
                state: 'open' | 'resolved';
                stateName: string;
              }[];
              objections: number;
              occupation: string;
              openObjections: number;
              /** @enum {string} */
              stage: 'not_ready' | 'ready' | 'open' | 'ended' | 'final';
              stageName: string;
              title: string;
              window: {
                days: number;
                endsOn: string;
                exportedAt: string | null;
                exportSha256: string | null;
                finalAt: string | null;
                finalByName: string | null;
                finalFrom: string | null;
                publishedAt: string;
                publishedByName: string | null;
                startsOn: string;
                /** @enum {string} */
                state: 'open' | 'final';
                stateName: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/batches/{batchId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导出成绩上报表 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              /** @enum {string} */
              batchState:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              batchStateName: string;
              blockers: string[];
              candidates: number;
              entries: {
                applicationId: string;
                changed: boolean;
                idMasked: string;
                level: number;
                levelName: string;
                name: string;
                no: number;
                occupation: string;
                /** @enum {string} */
                outcome: 'pass' | 'fail' | 'cancelled' | 'incomplete';
                outcomeName: string;
                parts: {
                  /** @enum {string} */
                  part: 'theory' | 'skill' | 'review';
                  partName: string;
                  score: number | null;
                  /** @enum {string} */
                  state: 'scored' | 'absent' | 'cancelled' | 'cheating' | 'missing' | 'carried' | 'exempt';
                  stateName: string;
                }[];
                ticketNumber: string | null;
              }[];
              levels: number[];
              objectionList: {
                applicationId: string | null;
                batchId: string;
                contact: string;
                content: string;
                createdAt: string;
                entryLabel: string | null;
                id: string;
                name: string;
                resolution: string | null;
                resolvedAt: string | null;
                resolvedByName: string | null;
                /** @enum {string} */
                source: 'candidate' | 'public' | 'staff';
                sourceName: string;
                /** @enum {string} */
                state: 'open' | 'resolved';
                stateName: string;
              }[];
              objections: number;
              occupation: string;
              openObjections: number;
              /** @enum {string} */
              stage: 'not_ready' | 'ready' | 'open' | 'ended' | 'final';
              stageName: string;
              title: string;
              window: {
                days: number;
                endsOn: string;
                exportedAt: string | null;
                exportSha256: string | null;
                finalAt: string | null;
                finalByName: string | null;
                finalFrom: string | null;
                publishedAt: string;
                publishedByName: string | null;
                startsOn: string;
                /** @enum {string} */
                state: 'open' | 'final';
                stateName: string;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/batches/{batchId}/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载成绩上报表（Excel） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/batches/{batchId}/final': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公示期满，确定成绩 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              /** @enum {string} */
              batchState:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              batchStateName: string;
              blockers: string[];
              candidates: number;
              entries: {
                applicationId: string;
                changed: boolean;
                idMasked: string;
                level: number;
                levelName: string;
                name: string;
                no: number;
                occupation: string;
                /** @enum {string} */
                outcome: 'pass' | 'fail' | 'cancelled' | 'incomplete';
                outcomeName: string;
                parts: {
                  /** @enum {string} */
                  part: 'theory' | 'skill' | 'review';
                  partName: string;
                  score: number | null;
                  /** @enum {string} */
                  state: 'scored' | 'absent' | 'cancelled' | 'cheating' | 'missing' | 'carried' | 'exempt';
                  stateName: string;
                }[];
                ticketNumber: string | null;
              }[];
              levels: number[];
              objectionList: {
                applicationId: string | null;
                batchId: string;
                contact: string;
                content: string;
                createdAt: string;
                entryLabel: string | null;
                id: string;
                name: string;
                resolution: string | null;
                resolvedAt: string | null;
                resolvedByName: string | null;
                /** @enum {string} */
                source: 'candidate' | 'public' | 'staff';
                sourceName: string;
                /** @enum {string} */
                state: 'open' | 'resolved';
                stateName: string;
              }[];
              objections: number;
              occupation: string;
              openObjections: number;
              /** @enum {string} */
              stage: 'not_ready' | 'ready' | 'open' | 'ended' | 'final';
              stageName: string;
              title: string;
              window: {
                days: number;
                endsOn: string;
                exportedAt: string | null;
                exportSha256: string | null;
                finalAt: string | null;
                finalByName: string | null;
                finalFrom: string | null;
                publishedAt: string;
                publishedByName: string | null;
                startsOn: string;
                /** @enum {string} */
                state: 'open' | 'final';
                stateName: string;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/batches/{batchId}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记异议（来信、来电等） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            applicationId?: string | null;
            objectionText: string;
            objectorContact: string;
            objectorName: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicationId: string | null;
              batchId: string;
              contact: string;
              content: string;
              createdAt: string;
              entryLabel: string | null;
              id: string;
              name: string;
              resolution: string | null;
              resolvedAt: string | null;
              resolvedByName: string | null;
              /** @enum {string} */
              source: 'candidate' | 'public' | 'staff';
              sourceName: string;
              /** @enum {string} */
              state: 'open' | 'resolved';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/batches/{batchId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始成绩公示 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            startsOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              /** @enum {string} */
              batchState:
                'draft' | 'filed' | 'registering' | 'reviewed' | 'arranged' | 'examining' | 'publicity' | 'archived';
              batchStateName: string;
              blockers: string[];
              candidates: number;
              entries: {
                applicationId: string;
                changed: boolean;
                idMasked: string;
                level: number;
                levelName: string;
                name: string;
                no: number;
                occupation: string;
                /** @enum {string} */
                outcome: 'pass' | 'fail' | 'cancelled' | 'incomplete';
                outcomeName: string;
                parts: {
                  /** @enum {string} */
                  part: 'theory' | 'skill' | 'review';
                  partName: string;
                  score: number | null;
                  /** @enum {string} */
                  state: 'scored' | 'absent' | 'cancelled' | 'cheating' | 'missing' | 'carried' | 'exempt';
                  stateName: string;
                }[];
                ticketNumber: string | null;
              }[];
              levels: number[];
              objectionList: {
                applicationId: string | null;
                batchId: string;
                contact: string;
                content: string;
                createdAt: string;
                entryLabel: string | null;
                id: string;
                name: string;
                resolution: string | null;
                resolvedAt: string | null;
                resolvedByName: string | null;
                /** @enum {string} */
                source: 'candidate' | 'public' | 'staff';
                sourceName: string;
                /** @enum {string} */
                state: 'open' | 'resolved';
                stateName: string;
              }[];
              objections: number;
              occupation: string;
              openObjections: number;
              /** @enum {string} */
              stage: 'not_ready' | 'ready' | 'open' | 'ended' | 'final';
              stageName: string;
              title: string;
              window: {
                days: number;
                endsOn: string;
                exportedAt: string | null;
                exportSha256: string | null;
                finalAt: string | null;
                finalByName: string | null;
                finalFrom: string | null;
                publishedAt: string;
                publishedByName: string | null;
                startsOn: string;
                /** @enum {string} */
                state: 'open' | 'final';
                stateName: string;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/objections/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 处理异议（填写处理结果） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            resolution: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicationId: string | null;
              batchId: string;
              contact: string;
              content: string;
              createdAt: string;
              entryLabel: string | null;
              id: string;
              name: string;
              resolution: string | null;
              resolvedAt: string | null;
              resolvedByName: string | null;
              /** @enum {string} */
              source: 'candidate' | 'public' | 'staff';
              sourceName: string;
              /** @enum {string} */
              state: 'open' | 'resolved';
              stateName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publicity/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩公示设置 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              updatedAt: string | null;
              workingDays: number;
            };
          };
        };
      };
    };
    /** 修改成绩公示设置（公示工作日数） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            workingDays: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              updatedAt: string | null;
              workingDays: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记退费 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            /** Format: uuid */
            applicationId: string & string;
            /** @enum {string} */
            method: 'cash' | 'wechat' | 'alipay' | 'bank' | 'card';
            paidOn: string;
            reason: string;
            receiptNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              feeDue: number;
              /** @enum {string} */
              feeStatus: 'unpaid' | 'paid' | 'free' | 'refunded';
              payment: {
                amount: number;
                applicationId: string;
                createdAt: string;
                id: string;
                /** @enum {string} */
                kind: 'payment' | 'refund';
                /** @enum {string} */
                method: 'cash' | 'wechat' | 'alipay' | 'bank' | 'card';
                note: string | null;
                paidOn: string;
                receiptNumber: string;
                recordedByName: string | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reminders/expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 即将到期的考评员证、督导员证和专家聘期 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: number;
              items: {
                daysLeft: number;
                id: string;
                /** @enum {string} */
                kind: 'examiner' | 'supervisor' | 'expert';
                name: string;
                personId: string;
                until: string;
                what: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考场列表 */
    get: {
      parameters: {
        query?: {
          siteId?: string & string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                capacity: number;
                equipment: string[];
                id: string;
                /** @enum {string} */
                kind: 'theory' | 'computer' | 'skill';
                name: string;
                note: string | null;
                siteId: string;
                siteName: string;
                stations: number | null;
                unavailable: {
                  day: string;
                  endsAt: string;
                  id: string;
                  reason: string;
                  startsAt: string;
                }[];
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增考场 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            active?: boolean;
            /** @default 30 */
            capacity?: number;
            /** @default [] */
            equipment?: string[];
            /** @enum {string} */
            kind: 'theory' | 'computer' | 'skill';
            name: string;
            note?: string | null;
            /** Format: uuid */
            siteId: string & string;
            stations?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              capacity: number;
              equipment: string[];
              id: string;
              /** @enum {string} */
              kind: 'theory' | 'computer' | 'skill';
              name: string;
              note: string | null;
              siteId: string;
              siteName: string;
              stations: number | null;
              unavailable: {
                day: string;
                endsAt: string;
                id: string;
                reason: string;
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rooms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考场 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              capacity: number;
              equipment: string[];
              id: string;
              /** @enum {string} */
              kind: 'theory' | 'computer' | 'skill';
              name: string;
              note: string | null;
              siteId: string;
              siteName: string;
              stations: number | null;
              unavailable: {
                day: string;
                endsAt: string;
                id: string;
                reason: string;
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    /** 修改考场 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            active?: boolean;
            /** @default 30 */
            capacity?: number;
            /** @default [] */
            equipment?: string[];
            /** @enum {string} */
            kind: 'theory' | 'computer' | 'skill';
            name: string;
            note?: string | null;
            /** Format: uuid */
            siteId: string & string;
            stations?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              capacity: number;
              equipment: string[];
              id: string;
              /** @enum {string} */
              kind: 'theory' | 'computer' | 'skill';
              name: string;
              note: string | null;
              siteId: string;
              siteName: string;
              stations: number | null;
              unavailable: {
                day: string;
                endsAt: string;
                id: string;
                reason: string;
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rooms/{id}/unavailability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记考场不可用时段 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            day: string;
            endsAt: string;
            reason: string;
            startsAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              capacity: number;
              equipment: string[];
              id: string;
              /** @enum {string} */
              kind: 'theory' | 'computer' | 'skill';
              name: string;
              note: string | null;
              siteId: string;
              siteName: string;
              stations: number | null;
              unavailable: {
                day: string;
                endsAt: string;
                id: string;
                reason: string;
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rooms/{id}/unavailability/{uid}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除考场不可用时段 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string & string;
          uid: string & string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              capacity: number;
              equipment: string[];
              id: string;
              /** @enum {string} */
              kind: 'theory' | 'computer' | 'skill';
              name: string;
              note: string | null;
              siteId: string;
              siteName: string;
              stations: number | null;
              unavailable: {
                day: string;
                endsAt: string;
                id: string;
                reason: string;
                startsAt: string;
              }[];
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scope': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定范围（二级学院只看到本学院） */
    get: {
      parameters: {
        query?: {
          collegeId?: string & string;
          keyword?: string;
          status?: 'pending' | 'active';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                activatedAt: string | null;
                approvals: {
                  approvedBy: string;
                  approvedOn: string;
                  collegeId: string;
                  collegeName: string;
                  id: string;
                  note: string | null;
                  number: string | null;
                }[];
                code: string;
                collegeId: string;
                collegeName: string;
                edition: string;
                filingId: string;
                id: string;
                jobName: string | null;
                levels: number[];
                major: string | null;
                occupationName: string;
                /** @enum {string} */
                standardType: 'national' | 'spec';
                /** @enum {string} */
                status: 'pending' | 'active';
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scope/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认定范围详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activatedAt: string | null;
              approvals: {
                approvedBy: string;
                approvedOn: string;
                collegeId: string;
                collegeName: string;
                id: string;
                note: string | null;
                number: string | null;
              }[];
              code: string;
              collegeId: string;
              collegeName: string;
              edition: string;
              filingId: string;
              id: string;
              jobName: string | null;
              levels: number[];
              major: string | null;
              occupationName: string;
              /** @enum {string} */
              standardType: 'national' | 'spec';
              /** @enum {string} */
              status: 'pending' | 'active';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scope/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准其他二级学院使用某一认定范围 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approvedBy: string;
            approvedOn: string;
            /** Format: uuid */
            collegeId: string & string;
            note?: string | null;
            number?: string | null;
            /** Format: uuid */
            scopeRowId: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activatedAt: string | null;
              approvals: {
                approvedBy: string;
                approvedOn: string;
                collegeId: string;
                collegeName: string;
                id: string;
                note: string | null;
                number: string | null;
              }[];
              code: string;
              collegeId: string;
              collegeName: string;
              edition: string;
              filingId: string;
              id: string;
              jobName: string | null;
              levels: number[];
              major: string | null;
              occupationName: string;
              /** @enum {string} */
              standardType: 'national' | 'spec';
              /** @enum {string} */
              status: 'pending' | 'active';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scope/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查能否在认定范围内安排认定（备案有效、范围内、本学院或已获批准） */
    get: {
      parameters: {
        query: {
          code: string;
          collegeId: string & string;
          day?: string;
          edition: '2015' | '2022';
          jobName?: string;
          level: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
              ok: boolean;
              scopeRowId: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scope/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出评价机构信息与认定范围清单（Excel） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scope/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入评价机构信息与认定范围清单（multipart：file，可选 filingId、collegeId）到备案申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              filingId: string;
              imported: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待评分与已评分的批次及场次 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                sittings: {
                  candidates: number;
                  day: string;
                  endsAt: string;
                  entered: number;
                  /** @enum {string} */
                  kind: 'theory' | 'skill' | 'review';
                  kindName: string;
                  signedAt: string | null;
                  sittingId: string;
                  startsAt: string;
                }[];
                state: string;
                stateName: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/batches/{batchId}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次成绩结果 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              counts: {
                [key: string]: number;
              };
              rows: {
                applicationId: string;
                idMasked: string;
                level: number;
                name: string;
                /** @enum {string} */
                outcome: 'pass' | 'fail' | 'cancelled' | 'incomplete';
                outcomeName: string;
                parts: {
                  /** @enum {string} */
                  part: 'theory' | 'skill' | 'review';
                  score: number | null;
                  /** @enum {string} */
                  state: 'scored' | 'absent' | 'cancelled' | 'cheating' | 'missing' | 'carried' | 'exempt';
                  stateName: string;
                }[];
                reasons: string[];
                ticketNumber: string | null;
              }[];
              signedOff: boolean;
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/batches/{batchId}/violations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 批次违纪处理 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicationId: string;
                clauseName: string;
                description: string;
                effect: string;
                kindName: string;
                name: string;
                occurredAt: string;
                ruling: {
                  banUntil: string | null;
                  decidedAt: string;
                  reason: string;
                  /** @enum {string} */
                  state: 'upheld' | 'overturned';
                } | null;
                tier: number;
                violationId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/batches/{batchId}/violations/{id}/ruling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 违纪处理决定（确认或撤销） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** @enum {string} */
            state: 'upheld' | 'overturned';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicationId: string;
                clauseName: string;
                description: string;
                effect: string;
                kindName: string;
                name: string;
                occurredAt: string;
                ruling: {
                  banUntil: string | null;
                  decidedAt: string;
                  reason: string;
                  /** @enum {string} */
                  state: 'upheld' | 'overturned';
                } | null;
                tier: number;
                violationId: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩更正申请 */
    get: {
      parameters: {
        query?: {
          state?: 'requested' | 'approved' | 'rejected';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                applicationId: string;
                batchTitle: string;
                decidedAt: string | null;
                decidedByName: string | null;
                decisionNote: string | null;
                from: string;
                id: string;
                kindName: string;
                name: string;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                sittingId: string;
                /** @enum {string} */
                state: 'requested' | 'approved' | 'rejected';
                to: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/corrections/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审批成绩更正 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approve: boolean;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicationId: string;
              batchTitle: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              from: string;
              id: string;
              kindName: string;
              name: string;
              reason: string;
              requestedAt: string;
              requestedByName: string;
              sittingId: string;
              /** @enum {string} */
              state: 'requested' | 'approved' | 'rejected';
              to: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/marking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的评分任务 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchTitle: string;
                candidates: number;
                day: string;
                /** @enum {string} */
                kind: 'theory' | 'skill' | 'review';
                kindName: string;
                leader: boolean;
                myMarks: number;
                resolved: number;
                sittingId: string;
                windowOpen: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/marking/{sittingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 评分：评分记录表与考生 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agreed: boolean;
              agreementText: string;
              batchTitle: string;
              candidates: {
                applicationId: string;
                conflict: boolean;
                idMasked: string;
                may: {
                  decide: boolean;
                  mark: boolean;
                  round: number | null;
                };
                /** @enum {string} */
                mine: 'none' | 'draft' | 'submitted';
                myTotal: number | null;
                name: string;
                score: number | null;
                seatNo: number | null;
                state: string;
                stateName: string;
                ticketNumber: string | null;
              }[];
              day: string;
              kindName: string;
              leader: boolean;
              paperTitle: string | null;
              sittingId: string;
              tasks: {
                no: number;
                overtimeRule: string;
                points: number;
                steps: {
                  criteria: string;
                  deductions: {
                    points: number;
                    text: string;
                  }[];
                  element: string;
                  points: number;
                  requirement: string;
                  veto: boolean;
                }[];
                timeLimitMinutes: number;
                title: string;
              }[];
              windowClosesAt: string | null;
              windowOpen: boolean;
              windowOpensAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/marking/{sittingId}/{applicationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一名考生的评分 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicationId: string;
              idMasked: string;
              mine: {
                note: string | null;
                overtimeDeduction: number;
                round: number;
                steps: {
                  note?: string | null;
                  points: number;
                  step: number;
                  task: number;
                  /** @default false */
                  vetoFailed: boolean;
                }[];
                submitted: boolean;
                total: number;
              } | null;
              name: string;
              others: {
                examinerName: string;
                round: number;
                steps: {
                  note?: string | null;
                  points: number;
                  step: number;
                  task: number;
                  /** @default false */
                  vetoFailed: boolean;
                }[];
                submittedAt: string;
                total: number;
              }[];
              score: number | null;
              state: string;
              stateName: string;
              ticketNumber: string | null;
            };
          };
        };
      };
    };
    /** 保存或提交评分 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            /** @default 0 */
            overtimeDeduction?: number;
            steps: {
              note?: string | null;
              points: number;
              step: number;
              task: number;
              /** @default false */
              vetoFailed?: boolean;
            }[];
            /** @default false */
            submit?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicationId: string;
              idMasked: string;
              mine: {
                note: string | null;
                overtimeDeduction: number;
                round: number;
                steps: {
                  note?: string | null;
                  points: number;
                  step: number;
                  task: number;
                  /** @default false */
                  vetoFailed: boolean;
                }[];
                submitted: boolean;
                total: number;
              } | null;
              name: string;
              others: {
                examinerName: string;
                round: number;
                steps: {
                  note?: string | null;
                  points: number;
                  step: number;
                  task: number;
                  /** @default false */
                  vetoFailed: boolean;
                }[];
                submittedAt: string;
                total: number;
              }[];
              score: number | null;
              state: string;
              stateName: string;
              ticketNumber: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/marking/{sittingId}/{applicationId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 组长裁定（第三评与前两评均不一致） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            score: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicationId: string;
              idMasked: string;
              mine: {
                note: string | null;
                overtimeDeduction: number;
                round: number;
                steps: {
                  note?: string | null;
                  points: number;
                  step: number;
                  task: number;
                  /** @default false */
                  vetoFailed: boolean;
                }[];
                submitted: boolean;
                total: number;
              } | null;
              name: string;
              others: {
                examinerName: string;
                round: number;
                steps: {
                  note?: string | null;
                  points: number;
                  step: number;
                  task: number;
                  /** @default false */
                  vetoFailed: boolean;
                }[];
                submittedAt: string;
                total: number;
              }[];
              score: number | null;
              state: string;
              stateName: string;
              ticketNumber: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/marking/{sittingId}/{applicationId}/record.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 技能操作考核评分记录表（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/marking/{sittingId}/agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认考评人员保密承诺 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agreed: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/patterns/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 雷同复核结论 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @enum {string} */
            state: 'cleared' | 'referred';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              analysedAt: string | null;
              candidates: number;
              computer: boolean;
              flags: {
                a: {
                  applicationId: string;
                  name: string;
                  score: number | null;
                  ticketNumber: string | null;
                };
                b: {
                  applicationId: string;
                  name: string;
                  score: number | null;
                  ticketNumber: string | null;
                };
                common: number;
                expected: number;
                id: string;
                log10p: number;
                note: string | null;
                sharedSame: number;
                sharedWrong: number;
                /** @enum {string} */
                state: 'open' | 'cleared' | 'referred';
                stateName: string;
              }[];
              sittingId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩设置（合格线、分差、成绩保留期） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              banYearsWithoutGraduation: number;
              carryDays: number;
              markingHours: number;
              marksPerCandidate: number;
              patternExponent: number;
              patternMinShared: number;
              programmeYears: number;
              reviewPass: number;
              skillPass: number;
              theoryPass: number;
              toleranceStep: number;
              toleranceTotal: number;
            };
          };
        };
      };
    };
    /** 修改成绩设置 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            banYearsWithoutGraduation: number;
            carryDays: number;
            markingHours: number;
            marksPerCandidate: number;
            patternExponent: number;
            patternMinShared: number;
            programmeYears: number;
            reviewPass: number;
            skillPass: number;
            theoryPass: number;
            toleranceStep: number;
            toleranceTotal: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              banYearsWithoutGraduation: number;
              carryDays: number;
              markingHours: number;
              marksPerCandidate: number;
              patternExponent: number;
              patternMinShared: number;
              programmeYears: number;
              reviewPass: number;
              skillPass: number;
              theoryPass: number;
              toleranceStep: number;
              toleranceTotal: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩登记表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              computer: boolean;
              counts: {
                absent: number;
                entered: number;
                missing: number;
                total: number;
              };
              day: string;
              endsAt: string;
              examiners: {
                leader: boolean;
                name: string;
                personId: string;
              }[];
              /** @enum {string} */
              kind: 'theory' | 'skill' | 'review';
              kindName: string;
              may: {
                correct: boolean;
                enter: boolean;
                evidence: boolean;
                setup: boolean;
                sign: ('leader' | 'recorder')[];
              };
              paper: {
                id: string;
                title: string;
              } | null;
              paperChoices: {
                id: string;
                level: number;
                title: string;
              }[];
              rows: {
                absent: boolean;
                applicationId: string;
                /** @enum {string} */
                attendance: 'present' | 'absent' | 'pending' | 'none';
                idMasked: string;
                level: number;
                marking: {
                  needed: number;
                  state: string;
                  stateName: string;
                  submitted: number;
                } | null;
                name: string;
                roomName: string | null;
                score: number | null;
                seatNo: number | null;
                source: string | null;
                sourceName: string;
                ticketNumber: string | null;
                violations: {
                  clauseName: string;
                  overturned: boolean;
                  tier: number;
                }[];
              }[];
              signatures: {
                at: string;
                name: string;
                /** @enum {string} */
                role: 'leader' | 'recorder';
                roleName: string;
              }[];
              signedAt: string | null;
              sittingId: string;
              startsAt: string;
              windowClosesAt: string | null;
              windowOpensAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提出成绩更正申请（登记表签字后） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default false */
            absent?: boolean;
            /** Format: uuid */
            applicationId: string;
            reason: string;
            /** @default null */
            score?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicationId: string;
              batchTitle: string;
              decidedAt: string | null;
              decidedByName: string | null;
              decisionNote: string | null;
              from: string;
              id: string;
              kindName: string;
              name: string;
              reason: string;
              requestedAt: string;
              requestedByName: string;
              sittingId: string;
              /** @enum {string} */
              state: 'requested' | 'approved' | 'rejected';
              to: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 录入成绩（逐行保存，有错误则全部不保存） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            entries: {
              /** @default false */
              absent?: boolean;
              /** Format: uuid */
              applicationId: string;
              /** @default null */
              score?: number | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 依据报名材料生成成绩（免考认定、过程考核、竞赛批次） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              missing: string[];
              written: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入成绩（准考证号、姓名、成绩；有错误则全部不导入） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: number;
              rows: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/patterns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 雷同分析结果 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              analysedAt: string | null;
              candidates: number;
              computer: boolean;
              flags: {
                a: {
                  applicationId: string;
                  name: string;
                  score: number | null;
                  ticketNumber: string | null;
                };
                b: {
                  applicationId: string;
                  name: string;
                  score: number | null;
                  ticketNumber: string | null;
                };
                common: number;
                expected: number;
                id: string;
                log10p: number;
                note: string | null;
                sharedSame: number;
                sharedWrong: number;
                /** @enum {string} */
                state: 'open' | 'cleared' | 'referred';
                stateName: string;
              }[];
              sittingId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** 进行雷同分析（机考场次） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              analysedAt: string | null;
              candidates: number;
              computer: boolean;
              flags: {
                a: {
                  applicationId: string;
                  name: string;
                  score: number | null;
                  ticketNumber: string | null;
                };
                b: {
                  applicationId: string;
                  name: string;
                  score: number | null;
                  ticketNumber: string | null;
                };
                common: number;
                expected: number;
                id: string;
                log10p: number;
                note: string | null;
                sharedSame: number;
                sharedWrong: number;
                /** @enum {string} */
                state: 'open' | 'cleared' | 'referred';
                stateName: string;
              }[];
              sittingId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 评分设置（评分所用技能试卷、评分时间） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            paperId?: string | null;
            /** Format: date-time */
            windowClosesAt?: string | null;
            /** Format: date-time */
            windowOpensAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              computer: boolean;
              counts: {
                absent: number;
                entered: number;
                missing: number;
                total: number;
              };
              day: string;
              endsAt: string;
              examiners: {
                leader: boolean;
                name: string;
                personId: string;
              }[];
              /** @enum {string} */
              kind: 'theory' | 'skill' | 'review';
              kindName: string;
              may: {
                correct: boolean;
                enter: boolean;
                evidence: boolean;
                setup: boolean;
                sign: ('leader' | 'recorder')[];
              };
              paper: {
                id: string;
                title: string;
              } | null;
              paperChoices: {
                id: string;
                level: number;
                title: string;
              }[];
              rows: {
                absent: boolean;
                applicationId: string;
                /** @enum {string} */
                attendance: 'present' | 'absent' | 'pending' | 'none';
                idMasked: string;
                level: number;
                marking: {
                  needed: number;
                  state: string;
                  stateName: string;
                  submitted: number;
                } | null;
                name: string;
                roomName: string | null;
                score: number | null;
                seatNo: number | null;
                source: string | null;
                sourceName: string;
                ticketNumber: string | null;
                violations: {
                  clauseName: string;
                  overturned: boolean;
                  tier: number;
                }[];
              }[];
              signatures: {
                at: string;
                name: string;
                /** @enum {string} */
                role: 'leader' | 'recorder';
                roleName: string;
              }[];
              signedAt: string | null;
              sittingId: string;
              startsAt: string;
              windowClosesAt: string | null;
              windowOpensAt: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/sheet.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩登记表（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 在成绩登记表上签字（考评组组长、汇总记分员） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role: 'leader' | 'recorder';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              computer: boolean;
              counts: {
                absent: number;
                entered: number;
                missing: number;
                total: number;
              };
              day: string;
              endsAt: string;
              examiners: {
                leader: boolean;
                name: string;
                personId: string;
              }[];
              /** @enum {string} */
              kind: 'theory' | 'skill' | 'review';
              kindName: string;
              may: {
                correct: boolean;
                enter: boolean;
                evidence: boolean;
                setup: boolean;
                sign: ('leader' | 'recorder')[];
              };
              paper: {
                id: string;
                title: string;
              } | null;
              paperChoices: {
                id: string;
                level: number;
                title: string;
              }[];
              rows: {
                absent: boolean;
                applicationId: string;
                /** @enum {string} */
                attendance: 'present' | 'absent' | 'pending' | 'none';
                idMasked: string;
                level: number;
                marking: {
                  needed: number;
                  state: string;
                  stateName: string;
                  submitted: number;
                } | null;
                name: string;
                roomName: string | null;
                score: number | null;
                seatNo: number | null;
                source: string | null;
                sourceName: string;
                ticketNumber: string | null;
                violations: {
                  clauseName: string;
                  overturned: boolean;
                  tier: number;
                }[];
              }[];
              signatures: {
                at: string;
                name: string;
                /** @enum {string} */
                role: 'leader' | 'recorder';
                roleName: string;
              }[];
              signedAt: string | null;
              sittingId: string;
              startsAt: string;
              windowClosesAt: string | null;
              windowOpensAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sittings/{sittingId}/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩导入模板 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sittingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 首次设置：认定中心是否已建立 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              centreExists: boolean;
              centreName: string | null;
              collegeCount: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/setup/centre': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 首次设置：建立认定中心 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string | null;
            assessmentPassMark?: number;
            contact?: string | null;
            contactTitle?: string | null;
            creditCode?: string | null;
            email?: ((string & string) | null) | '';
            filingCode?: string | null;
            filingDate?: string | null;
            filingWarnDays?: number;
            itSituation?: string | null;
            legalRepresentative?: string | null;
            legalRepresentativePhone?: string | null;
            legalRepresentativeTitle?: string | null;
            mobile?: ((string & string) | null) | '';
            name: string;
            organisationStrengths?: string | null;
            phone?: string | null;
            previousCode?: string | null;
            professionalStrengths?: string | null;
            registrationAuthority?: string | null;
            schoolAddress?: string | null;
            schoolName?: string | null;
            /** @enum {string|null} */
            schoolNature?: '公办' | '民办' | null;
            shortName: string;
            supervisingAuthority?: string | null;
            website?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              assessmentPassMark: number;
              contact: string | null;
              contactTitle: string | null;
              creditCode: string | null;
              email: string | null;
              filing: {
                daysLeft: number | null;
                /** @enum {string} */
                status: 'none' | 'valid' | 'expiring' | 'expired';
                validUntil: string | null;
              };
              filingCode: string | null;
              filingDate: string | null;
              filingWarnDays: number;
              id: string;
              itSituation: string | null;
              legalRepresentative: string | null;
              legalRepresentativePhone: string | null;
              legalRepresentativeTitle: string | null;
              mobile: string | null;
              name: string;
              organisationStrengths: string | null;
              phone: string | null;
              previousCode: string | null;
              professionalStrengths: string | null;
              registrationAuthority: string | null;
              schoolAddress: string | null;
              schoolName: string | null;
              schoolNature: string | null;
              shortName: string;
              supervisingAuthority: string | null;
              type: string;
              updatedAt: string;
              website: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signup-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待核对的注册申请（证件号码已登记的人员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                givenName: string;
                givenPhone: string;
                id: string;
                personId: string;
                recordCollegeName: string | null;
                recordHasAccount: boolean;
                recordIdMasked: string;
                recordKind: string;
                recordName: string;
                /** @enum {string} */
                status: 'pending' | 'confirmed' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signup-requests/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 核对无误，开通考生账号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              givenName: string;
              givenPhone: string;
              id: string;
              personId: string;
              recordCollegeName: string | null;
              recordHasAccount: boolean;
              recordIdMasked: string;
              recordKind: string;
              recordName: string;
              /** @enum {string} */
              status: 'pending' | 'confirmed' | 'rejected';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signup-requests/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 拒绝注册申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              givenName: string;
              givenPhone: string;
              id: string;
              personId: string;
              recordCollegeName: string | null;
              recordHasAccount: boolean;
              recordIdMasked: string;
              recordKind: string;
              recordName: string;
              /** @enum {string} */
              status: 'pending' | 'confirmed' | 'rejected';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考点列表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                address: string | null;
                headName: string | null;
                headPersonId: string | null;
                id: string;
                name: string;
                note: string | null;
                roomCount: number;
                seatCount: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增考点 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            active?: boolean;
            address?: string | null;
            /** Format: uuid */
            headPersonId?: (string & string) | null;
            name: string;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              address: string | null;
              headName: string | null;
              headPersonId: string | null;
              id: string;
              name: string;
              note: string | null;
              roomCount: number;
              seatCount: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sites/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改考点 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            active?: boolean;
            address?: string | null;
            /** Format: uuid */
            headPersonId?: (string & string) | null;
            name: string;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              address: string | null;
              headName: string | null;
              headPersonId: string | null;
              id: string;
              name: string;
              note: string | null;
              roomCount: number;
              seatCount: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/batches/{batchId}/sites/{siteId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督导报告、督导记录与外部督导 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              breaches: number;
              dueOn: string;
              externalList: {
                authority: string;
                batchId: string | null;
                batchTitle: string | null;
                createdAt: string;
                fileIds: string[];
                findings: string;
                id: string;
                names: string[];
                visitedOn: string;
              }[];
              findings: string;
              lastExamDay: string;
              member: boolean;
              observationList: {
                /** @enum {string} */
                aspect:
                  | 'conditions'
                  | 'scope'
                  | 'itembank'
                  | 'examiners'
                  | 'candidates'
                  | 'procedure'
                  | 'order'
                  | 'certificates';
                aspectName: string;
                batchId: string;
                batchTitle: string;
                breach: boolean;
                byName: string;
                checklist: {
                  item: string;
                  note: string;
                  ok: boolean;
                }[];
                createdAt: string;
                id: string;
                notes: string;
                photoFileIds: string[];
                siteId: string;
                siteName: string;
                stopped: string;
              }[];
              observations: number;
              overdue: boolean;
              problems: string;
              signed: number;
              siteId: string;
              siteName: string;
              /** @enum {string} */
              state: 'open' | 'submitted';
              stateName: string;
              submittedAt: string | null;
              suggestions: string;
              team: {
                me: boolean;
                name: string;
                personId: string;
                signedAt: string | null;
                signedByName: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/batches/{batchId}/sites/{siteId}/observations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录督导情况（检查清单、记录、照片，制止并报告违规） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            aspect:
              'conditions' | 'scope' | 'itembank' | 'examiners' | 'candidates' | 'procedure' | 'order' | 'certificates';
            /** @default false */
            breach?: boolean;
            checklist: {
              item: string;
              /** @default  */
              note?: string;
              ok: boolean;
            }[];
            /** @default  */
            notes?: string;
            /** @default [] */
            photoFileIds?: string[];
            /** @default  */
            stopped?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              aspect:
                | 'conditions'
                | 'scope'
                | 'itembank'
                | 'examiners'
                | 'candidates'
                | 'procedure'
                | 'order'
                | 'certificates';
              aspectName: string;
              batchId: string;
              batchTitle: string;
              breach: boolean;
              byName: string;
              checklist: {
                item: string;
                note: string;
                ok: boolean;
              }[];
              createdAt: string;
              id: string;
              notes: string;
              photoFileIds: string[];
              siteId: string;
              siteName: string;
              stopped: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/batches/{batchId}/sites/{siteId}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 填写督导报告 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            findings: string;
            problems: string;
            suggestions: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              breaches: number;
              dueOn: string;
              externalList: {
                authority: string;
                batchId: string | null;
                batchTitle: string | null;
                createdAt: string;
                fileIds: string[];
                findings: string;
                id: string;
                names: string[];
                visitedOn: string;
              }[];
              findings: string;
              lastExamDay: string;
              member: boolean;
              observationList: {
                /** @enum {string} */
                aspect:
                  | 'conditions'
                  | 'scope'
                  | 'itembank'
                  | 'examiners'
                  | 'candidates'
                  | 'procedure'
                  | 'order'
                  | 'certificates';
                aspectName: string;
                batchId: string;
                batchTitle: string;
                breach: boolean;
                byName: string;
                checklist: {
                  item: string;
                  note: string;
                  ok: boolean;
                }[];
                createdAt: string;
                id: string;
                notes: string;
                photoFileIds: string[];
                siteId: string;
                siteName: string;
                stopped: string;
              }[];
              observations: number;
              overdue: boolean;
              problems: string;
              signed: number;
              siteId: string;
              siteName: string;
              /** @enum {string} */
              state: 'open' | 'submitted';
              stateName: string;
              submittedAt: string | null;
              suggestions: string;
              team: {
                me: boolean;
                name: string;
                personId: string;
                signedAt: string | null;
                signedByName: string | null;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/batches/{batchId}/sites/{siteId}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 质量督导报告（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/batches/{batchId}/sites/{siteId}/report/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 督导组成员签名 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              breaches: number;
              dueOn: string;
              externalList: {
                authority: string;
                batchId: string | null;
                batchTitle: string | null;
                createdAt: string;
                fileIds: string[];
                findings: string;
                id: string;
                names: string[];
                visitedOn: string;
              }[];
              findings: string;
              lastExamDay: string;
              member: boolean;
              observationList: {
                /** @enum {string} */
                aspect:
                  | 'conditions'
                  | 'scope'
                  | 'itembank'
                  | 'examiners'
                  | 'candidates'
                  | 'procedure'
                  | 'order'
                  | 'certificates';
                aspectName: string;
                batchId: string;
                batchTitle: string;
                breach: boolean;
                byName: string;
                checklist: {
                  item: string;
                  note: string;
                  ok: boolean;
                }[];
                createdAt: string;
                id: string;
                notes: string;
                photoFileIds: string[];
                siteId: string;
                siteName: string;
                stopped: string;
              }[];
              observations: number;
              overdue: boolean;
              problems: string;
              signed: number;
              siteId: string;
              siteName: string;
              /** @enum {string} */
              state: 'open' | 'submitted';
              stateName: string;
              submittedAt: string | null;
              suggestions: string;
              team: {
                me: boolean;
                name: string;
                personId: string;
                signedAt: string | null;
                signedByName: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/batches/{batchId}/sites/{siteId}/report/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交督导报告（全体成员签名后） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: string;
              batchTitle: string;
              breaches: number;
              dueOn: string;
              externalList: {
                authority: string;
                batchId: string | null;
                batchTitle: string | null;
                createdAt: string;
                fileIds: string[];
                findings: string;
                id: string;
                names: string[];
                visitedOn: string;
              }[];
              findings: string;
              lastExamDay: string;
              member: boolean;
              observationList: {
                /** @enum {string} */
                aspect:
                  | 'conditions'
                  | 'scope'
                  | 'itembank'
                  | 'examiners'
                  | 'candidates'
                  | 'procedure'
                  | 'order'
                  | 'certificates';
                aspectName: string;
                batchId: string;
                batchTitle: string;
                breach: boolean;
                byName: string;
                checklist: {
                  item: string;
                  note: string;
                  ok: boolean;
                }[];
                createdAt: string;
                id: string;
                notes: string;
                photoFileIds: string[];
                siteId: string;
                siteName: string;
                stopped: string;
              }[];
              observations: number;
              overdue: boolean;
              problems: string;
              signed: number;
              siteId: string;
              siteName: string;
              /** @enum {string} */
              state: 'open' | 'submitted';
              stateName: string;
              submittedAt: string | null;
              suggestions: string;
              team: {
                me: boolean;
                name: string;
                personId: string;
                signedAt: string | null;
                signedByName: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/breaches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督导员制止并报告的违规行为 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                aspect:
                  | 'conditions'
                  | 'scope'
                  | 'itembank'
                  | 'examiners'
                  | 'candidates'
                  | 'procedure'
                  | 'order'
                  | 'certificates';
                aspectName: string;
                batchId: string;
                batchTitle: string;
                breach: boolean;
                byName: string;
                checklist: {
                  item: string;
                  note: string;
                  ok: boolean;
                }[];
                createdAt: string;
                id: string;
                notes: string;
                photoFileIds: string[];
                siteId: string;
                siteName: string;
                stopped: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/external': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 外部质量督导记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                authority: string;
                batchId: string | null;
                batchTitle: string | null;
                createdAt: string;
                fileIds: string[];
                findings: string;
                id: string;
                names: string[];
                visitedOn: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记外部质量督导（双随机一公开） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            authority: string;
            /**
             * Format: uuid
             * @default null
             */
            batchId?: string | null;
            /** @default [] */
            fileIds?: string[];
            /** @default  */
            findings?: string;
            names: string[];
            visitedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authority: string;
              batchId: string | null;
              batchTitle: string | null;
              createdAt: string;
              fileIds: string[];
              findings: string;
              id: string;
              names: string[];
              visitedOn: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 质量督导计划 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                approvedAt: string | null;
                approvedByName: string | null;
                areas: {
                  approach: string;
                  /** @enum {string} */
                  aspect:
                    | 'conditions'
                    | 'scope'
                    | 'itembank'
                    | 'examiners'
                    | 'candidates'
                    | 'procedure'
                    | 'order'
                    | 'certificates';
                  aspectName: string;
                  focus: string;
                }[];
                id: string;
                /** @enum {string} */
                state: 'draft' | 'approved';
                stateName: string;
                title: string;
                updatedAt: string;
                year: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 制定质量督导计划 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areas: {
              approach: string;
              /** @enum {string} */
              aspect:
                | 'conditions'
                | 'scope'
                | 'itembank'
                | 'examiners'
                | 'candidates'
                | 'procedure'
                | 'order'
                | 'certificates';
              focus: string;
            }[];
            title: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approvedAt: string | null;
              approvedByName: string | null;
              areas: {
                approach: string;
                /** @enum {string} */
                aspect:
                  | 'conditions'
                  | 'scope'
                  | 'itembank'
                  | 'examiners'
                  | 'candidates'
                  | 'procedure'
                  | 'order'
                  | 'certificates';
                aspectName: string;
                focus: string;
              }[];
              id: string;
              /** @enum {string} */
              state: 'draft' | 'approved';
              stateName: string;
              title: string;
              updatedAt: string;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改质量督导计划 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areas: {
              approach: string;
              /** @enum {string} */
              aspect:
                | 'conditions'
                | 'scope'
                | 'itembank'
                | 'examiners'
                | 'candidates'
                | 'procedure'
                | 'order'
                | 'certificates';
              focus: string;
            }[];
            title: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approvedAt: string | null;
              approvedByName: string | null;
              areas: {
                approach: string;
                /** @enum {string} */
                aspect:
                  | 'conditions'
                  | 'scope'
                  | 'itembank'
                  | 'examiners'
                  | 'candidates'
                  | 'procedure'
                  | 'order'
                  | 'certificates';
                aspectName: string;
                focus: string;
              }[];
              id: string;
              /** @enum {string} */
              state: 'draft' | 'approved';
              stateName: string;
              title: string;
              updatedAt: string;
              year: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/plans/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准质量督导计划 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approvedAt: string | null;
              approvedByName: string | null;
              areas: {
                approach: string;
                /** @enum {string} */
                aspect:
                  | 'conditions'
                  | 'scope'
                  | 'itembank'
                  | 'examiners'
                  | 'candidates'
                  | 'procedure'
                  | 'order'
                  | 'certificates';
                aspectName: string;
                focus: string;
              }[];
              id: string;
              /** @enum {string} */
              state: 'draft' | 'approved';
              stateName: string;
              title: string;
              updatedAt: string;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督导组与督导报告（中心：全部；督导员：本人所在督导组） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                batchId: string;
                batchTitle: string;
                breaches: number;
                dueOn: string;
                lastExamDay: string;
                observations: number;
                overdue: boolean;
                signed: number;
                siteId: string;
                siteName: string;
                /** @enum {string} */
                state: 'open' | 'submitted';
                stateName: string;
                submittedAt: string | null;
                team: {
                  me: boolean;
                  name: string;
                  personId: string;
                  signedAt: string | null;
                  signedByName: string | null;
                }[];
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 质量督导员列表 */
    get: {
      parameters: {
        query?: {
          keyword?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                alsoExaminer: boolean;
                /** @enum {string} */
                basis: 'examiner' | 'management';
                basisYears: number;
                certificateIssuedOn: string;
                certificateNumber: string;
                certificateValidUntil: string;
                daysLeft: number;
                disqualificationNote: string | null;
                /** @enum {string|null} */
                disqualificationReason:
                  'self_interest' | 'shielding_or_retaliation' | 'dereliction' | 'other_harm' | null;
                disqualified: boolean;
                id: string;
                idMasked: string;
                name: string;
                ownStaff: boolean;
                personId: string;
                skillLevel: number | null;
                /** @enum {string|null} */
                titleGrade: 'junior' | 'intermediate' | 'senior' | null;
                titleName: string | null;
                /** @enum {string} */
                validity: 'valid' | 'expiring' | 'expired' | 'revoked';
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记质量督导员 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            basis: 'examiner' | 'management';
            basisYears: number;
            certificateIssuedOn: string;
            certificateNumber: string;
            /** Format: uuid */
            personId: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              alsoExaminer: boolean;
              /** @enum {string} */
              basis: 'examiner' | 'management';
              basisYears: number;
              certificateIssuedOn: string;
              certificateNumber: string;
              certificateValidUntil: string;
              daysLeft: number;
              disqualificationNote: string | null;
              /** @enum {string|null} */
              disqualificationReason:
                'self_interest' | 'shielding_or_retaliation' | 'dereliction' | 'other_harm' | null;
              disqualified: boolean;
              id: string;
              idMasked: string;
              name: string;
              ownStaff: boolean;
              personId: string;
              skillLevel: number | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              /** @enum {string} */
              validity: 'valid' | 'expiring' | 'expired' | 'revoked';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改质量督导员 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            basis: 'examiner' | 'management';
            basisYears: number;
            certificateIssuedOn: string;
            certificateNumber: string;
            /** Format: uuid */
            personId: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              alsoExaminer: boolean;
              /** @enum {string} */
              basis: 'examiner' | 'management';
              basisYears: number;
              certificateIssuedOn: string;
              certificateNumber: string;
              certificateValidUntil: string;
              daysLeft: number;
              disqualificationNote: string | null;
              /** @enum {string|null} */
              disqualificationReason:
                'self_interest' | 'shielding_or_retaliation' | 'dereliction' | 'other_harm' | null;
              disqualified: boolean;
              id: string;
              idMasked: string;
              name: string;
              ownStaff: boolean;
              personId: string;
              skillLevel: number | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              /** @enum {string} */
              validity: 'valid' | 'expiring' | 'expired' | 'revoked';
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisors/{id}/disqualify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取消质量督导资格 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            /** @enum {string} */
            reason: 'self_interest' | 'shielding_or_retaliation' | 'dereliction' | 'other_harm';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              alsoExaminer: boolean;
              /** @enum {string} */
              basis: 'examiner' | 'management';
              basisYears: number;
              certificateIssuedOn: string;
              certificateNumber: string;
              certificateValidUntil: string;
              daysLeft: number;
              disqualificationNote: string | null;
              /** @enum {string|null} */
              disqualificationReason:
                'self_interest' | 'shielding_or_retaliation' | 'dereliction' | 'other_harm' | null;
              disqualified: boolean;
              id: string;
              idMasked: string;
              name: string;
              ownStaff: boolean;
              personId: string;
              skillLevel: number | null;
              /** @enum {string|null} */
              titleGrade: 'junior' | 'intermediate' | 'senior' | null;
              titleName: string | null;
              /** @enum {string} */
              validity: 'valid' | 'expiring' | 'expired' | 'revoked';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teacher-classes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 教师任教班级 */
    get: {
      parameters: {
        query?: {
          teacherPersonId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                className: string;
                /** Format: uuid */
                collegeId: string & string;
                collegeName: string;
                enrolmentYear: number;
                id: string;
                studentCount: number;
                teacherName: string;
                /** Format: uuid */
                teacherPersonId: string & string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 登记教师任教班级 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            className: string;
            /** Format: uuid */
            collegeId: string & string;
            enrolmentYear: number;
            /** Format: uuid */
            teacherPersonId: string & string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              className: string;
              /** Format: uuid */
              collegeId: string & string;
              collegeName: string;
              enrolmentYear: number;
              id: string;
              studentCount: number;
              teacherName: string;
              /** Format: uuid */
              teacherPersonId: string & string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 核验准考证二维码（公开） */
    get: {
      parameters: {
        query: {
          n: string;
          s: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchTitle?: string;
              idTail?: string;
              level?: string;
              message: string;
              name?: string;
              occupation?: string;
              problems: {
                field: string;
                message: string;
              }[];
              sittings?: {
                day: string;
                kindName: string;
                room: string;
                seat: number;
                site: string;
                time: string;
              }[];
              /** @enum {string} */
              state: 'valid' | 'forged' | 'unknown' | 'revoked';
              ticketNumber?: string;
              valid: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training-classes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 培训班（开班备案期限与逾期） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                code: string;
                collegeId: string;
                collegeName: string;
                deadlineError: string | null;
                edition: string;
                enrolmentClosesOn: string;
                filedOn: string | null;
                filingDeadline: string | null;
                filingNumber: string | null;
                /** @enum {string} */
                filingStatus: 'filed' | 'filed_late' | 'overdue' | 'open' | 'unknown';
                id: string;
                jobName: string | null;
                level: number;
                name: string;
                note: string | null;
                occupationName: string;
                traineeCount: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新建培训班 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** Format: uuid */
            collegeId: string;
            /** @enum {string} */
            edition: '2015' | '2022';
            enrolmentClosesOn: string;
            jobName?: string | null;
            level: number;
            name: string;
            note?: string | null;
            traineeCount: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              collegeId: string;
              collegeName: string;
              deadlineError: string | null;
              edition: string;
              enrolmentClosesOn: string;
              filedOn: string | null;
              filingDeadline: string | null;
              filingNumber: string | null;
              /** @enum {string} */
              filingStatus: 'filed' | 'filed_late' | 'overdue' | 'open' | 'unknown';
              id: string;
              jobName: string | null;
              level: number;
              name: string;
              note: string | null;
              occupationName: string;
              traineeCount: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training-classes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 培训班 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              collegeId: string;
              collegeName: string;
              deadlineError: string | null;
              edition: string;
              enrolmentClosesOn: string;
              filedOn: string | null;
              filingDeadline: string | null;
              filingNumber: string | null;
              /** @enum {string} */
              filingStatus: 'filed' | 'filed_late' | 'overdue' | 'open' | 'unknown';
              id: string;
              jobName: string | null;
              level: number;
              name: string;
              note: string | null;
              occupationName: string;
              traineeCount: number;
            };
          };
        };
      };
    };
    /** 修改培训班 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** Format: uuid */
            collegeId: string;
            /** @enum {string} */
            edition: '2015' | '2022';
            enrolmentClosesOn: string;
            jobName?: string | null;
            level: number;
            name: string;
            note?: string | null;
            traineeCount: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              collegeId: string;
              collegeName: string;
              deadlineError: string | null;
              edition: string;
              enrolmentClosesOn: string;
              filedOn: string | null;
              filingDeadline: string | null;
              filingNumber: string | null;
              /** @enum {string} */
              filingStatus: 'filed' | 'filed_late' | 'overdue' | 'open' | 'unknown';
              id: string;
              jobName: string | null;
              level: number;
              name: string;
              note: string | null;
              occupationName: string;
              traineeCount: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training-classes/{id}/filing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记开班备案 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            filedOn: string;
            filingNumber?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              collegeId: string;
              collegeName: string;
              deadlineError: string | null;
              edition: string;
              enrolmentClosesOn: string;
              filedOn: string | null;
              filingDeadline: string | null;
              filingNumber: string | null;
              /** @enum {string} */
              filingStatus: 'filed' | 'filed_late' | 'overdue' | 'open' | 'unknown';
              id: string;
              jobName: string | null;
              level: number;
              name: string;
              note: string | null;
              occupationName: string;
              traineeCount: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training-classes/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 开班备案期限预览（报名截止后 N 个工作日） */
    get: {
      parameters: {
        query: {
          enrolmentClosesOn: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: number;
              deadline: string | null;
              enrolmentClosesOn: string;
              error: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 用户列表 */
    get: {
      parameters: {
        query?: {
          keyword?: string;
          page?: number;
          pageSize?: number;
          role?:
            | 'admin'
            | 'centre_head'
            | 'exam_admin'
            | 'college_clerk'
            | 'examiner'
            | 'supervisor'
            | 'finance'
            | 'bank_admin'
            | 'expert'
            | 'proctor'
            | 'candidate';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                collegeId: string | null;
                collegeName: string | null;
                createdAt: string;
                disabled: boolean;
                displayName: string;
                id: string;
                lastLoginAt: string | null;
                lockedUntil: string | null;
                mustChangePassword: boolean;
                /** @enum {string} */
                role:
                  | 'admin'
                  | 'centre_head'
                  | 'exam_admin'
                  | 'college_clerk'
                  | 'examiner'
                  | 'supervisor'
                  | 'finance'
                  | 'bank_admin'
                  | 'expert'
                  | 'proctor'
                  | 'candidate';
                username: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** 新增用户（返回一次性密码） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            collegeId?: (string & string) | null;
            displayName: string;
            /** @enum {string} */
            role:
              | 'admin'
              | 'centre_head'
              | 'exam_admin'
              | 'college_clerk'
              | 'examiner'
              | 'supervisor'
              | 'finance'
              | 'bank_admin'
              | 'expert'
              | 'proctor'
              | 'candidate';
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              oneTimePassword: string;
              user: {
                collegeId: string | null;
                collegeName: string | null;
                createdAt: string;
                disabled: boolean;
                displayName: string;
                id: string;
                lastLoginAt: string | null;
                lockedUntil: string | null;
                mustChangePassword: boolean;
                /** @enum {string} */
                role:
                  | 'admin'
                  | 'centre_head'
                  | 'exam_admin'
                  | 'college_clerk'
                  | 'examiner'
                  | 'supervisor'
                  | 'finance'
                  | 'bank_admin'
                  | 'expert'
                  | 'proctor'
                  | 'candidate';
                username: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改用户（姓名、角色、所属学院） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            collegeId?: (string & string) | null;
            displayName: string;
            /** @enum {string} */
            role:
              | 'admin'
              | 'centre_head'
              | 'exam_admin'
              | 'college_clerk'
              | 'examiner'
              | 'supervisor'
              | 'finance'
              | 'bank_admin'
              | 'expert'
              | 'proctor'
              | 'candidate';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              collegeId: string | null;
              collegeName: string | null;
              createdAt: string;
              disabled: boolean;
              displayName: string;
              id: string;
              lastLoginAt: string | null;
              lockedUntil: string | null;
              mustChangePassword: boolean;
              /** @enum {string} */
              role:
                | 'admin'
                | 'centre_head'
                | 'exam_admin'
                | 'college_clerk'
                | 'examiner'
                | 'supervisor'
                | 'finance'
                | 'bank_admin'
                | 'expert'
                | 'proctor'
                | 'candidate';
              username: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用账户 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              collegeId: string | null;
              collegeName: string | null;
              createdAt: string;
              disabled: boolean;
              displayName: string;
              id: string;
              lastLoginAt: string | null;
              lockedUntil: string | null;
              mustChangePassword: boolean;
              /** @enum {string} */
              role:
                | 'admin'
                | 'centre_head'
                | 'exam_admin'
                | 'college_clerk'
                | 'examiner'
                | 'supervisor'
                | 'finance'
                | 'bank_admin'
                | 'expert'
                | 'proctor'
                | 'candidate';
              username: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 启用账户 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              collegeId: string | null;
              collegeName: string | null;
              createdAt: string;
              disabled: boolean;
              displayName: string;
              id: string;
              lastLoginAt: string | null;
              lockedUntil: string | null;
              mustChangePassword: boolean;
              /** @enum {string} */
              role:
                | 'admin'
                | 'centre_head'
                | 'exam_admin'
                | 'college_clerk'
                | 'examiner'
                | 'supervisor'
                | 'finance'
                | 'bank_admin'
                | 'expert'
                | 'proctor'
                | 'candidate';
              username: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置密码（返回一次性密码） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              oneTimePassword: string;
              user: {
                collegeId: string | null;
                collegeName: string | null;
                createdAt: string;
                disabled: boolean;
                displayName: string;
                id: string;
                lastLoginAt: string | null;
                lockedUntil: string | null;
                mustChangePassword: boolean;
                /** @enum {string} */
                role:
                  | 'admin'
                  | 'centre_head'
                  | 'exam_admin'
                  | 'college_clerk'
                  | 'examiner'
                  | 'supervisor'
                  | 'finance'
                  | 'bank_admin'
                  | 'expert'
                  | 'proctor'
                  | 'candidate';
                username: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 解除锁定 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              collegeId: string | null;
              collegeName: string | null;
              createdAt: string;
              disabled: boolean;
              displayName: string;
              id: string;
              lastLoginAt: string | null;
              lockedUntil: string | null;
              mustChangePassword: boolean;
              /** @enum {string} */
              role:
                | 'admin'
                | 'centre_head'
                | 'exam_admin'
                | 'college_clerk'
                | 'examiner'
                | 'supervisor'
                | 'finance'
                | 'bank_admin'
                | 'expert'
                | 'proctor'
                | 'candidate';
              username: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
